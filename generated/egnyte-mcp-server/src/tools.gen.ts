// Generated from specs/egnyte by `npm run generate`. Do not edit: change the specs and regenerate.
import type { ServerData } from "./runtime/tool-data.js";
import type * as T from "./types.gen.js";
/** Everything the server serves: integration settings and every tool with its request template. */
export const serverData: ServerData = {
  "version": "0.1.0",
  "integration": {
    "name": "egnyte",
    "displayName": "Egnyte",
    "packageName": "egnyte-mcp-server",
    "baseUrl": "https://{domain}.egnyte.com",
    "baseUrlEnv": "EGNYTE_BASE_URL",
    "baseUrlVariables": {
      "domain": {
        "env": "EGNYTE_DOMAIN",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9-]*$",
        "description": "Egnyte tenant name: acme for https://acme.egnyte.com"
      }
    },
    "auth": {
      "type": "bearer",
      "tokenEnv": "EGNYTE_ACCESS_TOKEN",
      "oauth": {
        "authorizePath": "/puboauth/token",
        "tokenPath": "/puboauth/token",
        "clientIdEnv": "EGNYTE_CLIENT_ID",
        "clientSecretEnv": "EGNYTE_CLIENT_SECRET",
        "scopes": [
          "Egnyte.filesystem",
          "Egnyte.link",
          "Egnyte.permission",
          "Egnyte.user",
          "Egnyte.group",
          "Egnyte.audit"
        ]
      }
    },
    "rateLimit": {
      "throttledWhen": [
        {
          "status": 429
        },
        {
          "status": 403,
          "header": "X-Mashery-Error-Code",
          "values": [
            "ERR_403_DEVELOPER_OVER_QPS",
            "ERR_403_DEVELOPER_OVER_RATE"
          ]
        }
      ],
      "retryAfterHeader": "Retry-After",
      "counters": [
        {
          "limitHeader": "X-Accesstoken-Qps-Allotted",
          "usedHeader": "X-Accesstoken-Qps-Current"
        },
        {
          "limitHeader": "X-Accesstoken-Quota-Allotted",
          "usedHeader": "X-Accesstoken-Quota-Current"
        },
        {
          "limitHeader": "RateLimit-Limit",
          "remainingHeader": "RateLimit-Remaining",
          "resetHeader": "RateLimit-Reset"
        }
      ]
    },
    "errorMessagePaths": [
      "Errors.0.description",
      "errorMessage",
      "message",
      "msg"
    ]
  },
  "tools": [
    {
      "name": "add_egnyte_group_members",
      "title": "Add Egnyte group members",
      "description": "Add users to an Egnyte group by numeric user id; existing members stay. Returns the group with its members.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Egnyte group id, a UUID such as e3ba9d90-ebc7-483e-abaa-a84e92480c86 (not the group's display name). Find one with list_all_egnyte_groups.",
            "x-identifier": {
              "kind": "group_id",
              "label": "Egnyte group id (UUID)",
              "not": "the group's display name",
              "findWith": "list_all_egnyte_groups"
            }
          },
          "members": {
            "type": "array",
            "minItems": 1,
            "description": "Users to add, each {\"value\": <numeric user id>}.",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 9007199254740991,
                  "description": "Numeric Egnyte user id (an integer such as 12408258604), not the username or email. Find one with list_all_egnyte_users.",
                  "x-identifier": {
                    "kind": "user_id",
                    "label": "numeric Egnyte user id",
                    "not": "the username or email",
                    "findWith": "list_all_egnyte_users"
                  }
                }
              },
              "required": [
                "value"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "id",
          "members"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "displayName": {
            "type": "string"
          },
          "members": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "description": "Numeric user id of the member."
                },
                "username": {
                  "type": "string"
                },
                "display": {
                  "type": "string"
                }
              }
            }
          }
        },
        "required": [
          "id",
          "displayName"
        ]
      },
      "annotations": {
        "title": "Add Egnyte group members",
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "groups"
      ],
      "kind": "custom",
      "source": {
        "resource": "groups",
        "method": "add_group_members"
      },
      "request": {
        "method": "PATCH",
        "path": "/pubapi/v2/groups/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          },
          "members": {
            "in": "body",
            "name": "members"
          }
        }
      }
    },
    {
      "name": "copy_egnyte_folder_or_file",
      "title": "Copy Egnyte folder or file",
      "description": "Copy an Egnyte folder (with its contents) or file to a new path; the source stays.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Absolute path of a folder or file starting with /Shared or /Private, such as /Shared/Legal/NDA.pdf (no trailing slash). Find one with search_egnyte_files.",
            "x-identifier": {
              "kind": "item_path",
              "label": "Egnyte folder or file path",
              "not": "a folder_id, group_id or URL",
              "findWith": "search_egnyte_files"
            }
          },
          "destination": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Full path of the copy including its name, e.g. /Shared/Templates/NDA.pdf. Absolute path of a folder or file starting with /Shared or /Private, such as /Shared/Legal/NDA.pdf (no trailing slash). Find one with search_egnyte_files.",
            "x-identifier": {
              "kind": "item_path",
              "label": "Egnyte folder or file path",
              "not": "a folder_id, group_id or URL",
              "findWith": "search_egnyte_files"
            }
          }
        },
        "required": [
          "path",
          "destination"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "ok": {
            "type": "boolean"
          },
          "status": {
            "type": "integer"
          }
        }
      },
      "annotations": {
        "title": "Copy Egnyte folder or file",
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": true
      },
      "tags": [
        "files"
      ],
      "kind": "custom",
      "source": {
        "resource": "fs",
        "method": "copy_folder_or_file"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v1/fs/{path}",
        "locations": {
          "path": {
            "in": "path",
            "name": "path",
            "multiSegment": true
          },
          "destination": {
            "in": "body",
            "name": "destination"
          }
        },
        "fixedBody": {
          "action": "copy"
        }
      }
    },
    {
      "name": "create_an_egnyte_group",
      "title": "Create an Egnyte group",
      "description": "Create an Egnyte custom group, optionally with initial members, and return it with its new UUID. Display names must be unique.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "displayName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "Display name of the new group."
          },
          "members": {
            "type": "array",
            "description": "Initial members, each {\"value\": <numeric user id>}.",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 9007199254740991,
                  "description": "Numeric Egnyte user id (an integer such as 12408258604), not the username or email. Find one with list_all_egnyte_users.",
                  "x-identifier": {
                    "kind": "user_id",
                    "label": "numeric Egnyte user id",
                    "not": "the username or email",
                    "findWith": "list_all_egnyte_users"
                  }
                }
              },
              "required": [
                "value"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "displayName"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "displayName": {
            "type": "string"
          },
          "members": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "description": "Numeric user id of the member."
                },
                "username": {
                  "type": "string"
                },
                "display": {
                  "type": "string"
                }
              }
            }
          }
        },
        "required": [
          "id",
          "displayName"
        ]
      },
      "annotations": {
        "title": "Create an Egnyte group",
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": true
      },
      "tags": [
        "groups"
      ],
      "kind": "create",
      "source": {
        "resource": "groups",
        "method": "create"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v2/groups",
        "locations": {
          "displayName": {
            "in": "body",
            "name": "displayName"
          },
          "members": {
            "in": "body",
            "name": "members"
          }
        }
      }
    },
    {
      "name": "create_an_egnyte_link",
      "title": "Create an Egnyte link",
      "description": "Create a share link to an Egnyte file or folder (or an upload link to a folder) and return its url; with recipients and send_email Egnyte emails one link per recipient. Anyone links make the content public.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "File or folder to share. Absolute path of a folder or file starting with /Shared or /Private, such as /Shared/Legal/NDA.pdf (no trailing slash). Find one with search_egnyte_files.",
            "x-identifier": {
              "kind": "item_path",
              "label": "Egnyte folder or file path",
              "not": "a folder_id, group_id or URL",
              "findWith": "search_egnyte_files"
            }
          },
          "type": {
            "type": "string",
            "enum": [
              "file",
              "folder",
              "upload"
            ],
            "description": "file, folder, or upload (others can upload into the folder)."
          },
          "accessibility": {
            "type": "string",
            "enum": [
              "anyone",
              "password",
              "domain",
              "recipients"
            ],
            "description": "Who can open it: anyone, password, domain (signed-in users) or recipients."
          },
          "send_email": {
            "type": "boolean",
            "description": "Email the link to the recipients."
          },
          "recipients": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "email"
            },
            "description": "Email addresses to send the link to."
          },
          "message": {
            "type": "string",
            "maxLength": 2000,
            "description": "Message included in the email."
          },
          "copy_me": {
            "type": "boolean",
            "description": "Send a copy of the email to the caller."
          },
          "notify": {
            "type": "boolean",
            "description": "Notify the creator when the link is opened."
          },
          "link_to_current": {
            "type": "boolean",
            "description": "Files only: link to this version rather than the latest."
          },
          "expiry_date": {
            "type": "string",
            "format": "date",
            "description": "Expiry day (YYYY-MM-DD); do not combine with expiry_clicks."
          },
          "expiry_clicks": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10,
            "description": "Expire after this many clicks (1-10); not with expiry_date."
          },
          "add_file_name": {
            "type": "boolean",
            "description": "Append the file name to the link URL."
          },
          "password": {
            "type": "string",
            "minLength": 1,
            "description": "Password for password-protected links."
          },
          "protection": {
            "type": "string",
            "enum": [
              "NONE",
              "PREVIEW"
            ],
            "description": "PREVIEW allows viewing only, no download."
          }
        },
        "required": [
          "path",
          "type",
          "accessibility"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "links": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                },
                "recipients": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "path": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "accessibility": {
            "type": "string"
          },
          "expiry_date": {
            "type": [
              "string",
              "null"
            ]
          },
          "created_by": {
            "type": "string"
          },
          "creation_date": {
            "type": "string"
          }
        }
      },
      "annotations": {
        "title": "Create an Egnyte link",
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": true
      },
      "tags": [
        "links"
      ],
      "kind": "create",
      "source": {
        "resource": "links",
        "method": "create"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v1/links",
        "locations": {
          "path": {
            "in": "body",
            "name": "path"
          },
          "type": {
            "in": "body",
            "name": "type"
          },
          "accessibility": {
            "in": "body",
            "name": "accessibility"
          },
          "send_email": {
            "in": "body",
            "name": "send_email"
          },
          "recipients": {
            "in": "body",
            "name": "recipients"
          },
          "message": {
            "in": "body",
            "name": "message"
          },
          "copy_me": {
            "in": "body",
            "name": "copy_me"
          },
          "notify": {
            "in": "body",
            "name": "notify"
          },
          "link_to_current": {
            "in": "body",
            "name": "link_to_current"
          },
          "expiry_date": {
            "in": "body",
            "name": "expiry_date"
          },
          "expiry_clicks": {
            "in": "body",
            "name": "expiry_clicks"
          },
          "add_file_name": {
            "in": "body",
            "name": "add_file_name"
          },
          "password": {
            "in": "body",
            "name": "password"
          },
          "protection": {
            "in": "body",
            "name": "protection"
          }
        }
      }
    },
    {
      "name": "create_an_egnyte_user",
      "title": "Create an Egnyte user",
      "description": "Create an Egnyte user (admin only) and return the new user with its numeric id. userName and externalId cannot be changed later. With active true and sendInvite true Egnyte emails an invitation.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "userName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
            "description": "Login name of the new user, unique in the domain. Egnyte username (login name such as jmiller): starts with a letter or digit; only '.', '-' and '_' as special characters. Not the numeric id or the email. Find one with list_all_egnyte_users.",
            "x-identifier": {
              "kind": "username",
              "label": "Egnyte username",
              "not": "the numeric user id or the email",
              "findWith": "list_all_egnyte_users"
            }
          },
          "externalId": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500,
            "description": "Your immutable id for the user, e.g. from the HR system or directory."
          },
          "email": {
            "type": "string",
            "format": "email",
            "description": "Email address of the new user."
          },
          "name": {
            "type": "object",
            "description": "First and last name of the user.",
            "properties": {
              "givenName": {
                "type": "string",
                "minLength": 1,
                "description": "First name."
              },
              "familyName": {
                "type": "string",
                "minLength": 1,
                "description": "Last name."
              }
            },
            "required": [
              "givenName",
              "familyName"
            ],
            "additionalProperties": false
          },
          "active": {
            "type": "boolean",
            "description": "true to enable the account now; false creates it deactivated."
          },
          "authType": {
            "type": "string",
            "enum": [
              "ad",
              "sso",
              "egnyte"
            ],
            "description": "How the user signs in: ad, sso or egnyte (password)."
          },
          "userType": {
            "type": "string",
            "enum": [
              "admin",
              "power",
              "standard"
            ],
            "description": "Role level: admin, power or standard user."
          },
          "sendInvite": {
            "type": "boolean",
            "description": "Send an invitation email (only for active users)."
          },
          "role": {
            "type": "string",
            "minLength": 1,
            "description": "Power-user role name, e.g. Default (power users only)."
          },
          "idpUserId": {
            "type": "string",
            "minLength": 1,
            "description": "SSO subject of the user (authType sso only)."
          },
          "userPrincipalName": {
            "type": "string",
            "minLength": 1,
            "description": "Active Directory UPN (authType ad with multiple domains)."
          }
        },
        "required": [
          "userName",
          "externalId",
          "email",
          "name",
          "active",
          "authType",
          "userType",
          "sendInvite"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "description": "Numeric user id."
          },
          "userName": {
            "type": "string"
          },
          "externalId": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": "string"
          },
          "name": {
            "type": "object",
            "properties": {
              "givenName": {
                "type": "string"
              },
              "familyName": {
                "type": "string"
              },
              "formatted": {
                "type": "string"
              }
            }
          },
          "active": {
            "type": "boolean",
            "description": "false when the user is deactivated."
          },
          "locked": {
            "type": "boolean"
          },
          "authType": {
            "type": "string",
            "enum": [
              "ad",
              "sso",
              "egnyte"
            ]
          },
          "userType": {
            "type": "string",
            "enum": [
              "admin",
              "power",
              "standard"
            ]
          },
          "role": {
            "type": [
              "string",
              "null"
            ]
          },
          "expiryDate": {
            "type": [
              "string",
              "null"
            ]
          },
          "groups": {
            "type": "array",
            "description": "Groups the user belongs to (value is the group UUID).",
            "items": {
              "type": "object",
              "properties": {
                "displayName": {
                  "type": "string"
                },
                "value": {
                  "type": "string"
                }
              }
            }
          }
        },
        "required": [
          "id",
          "userName",
          "email",
          "active"
        ]
      },
      "annotations": {
        "title": "Create an Egnyte user",
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": true
      },
      "tags": [
        "users"
      ],
      "kind": "create",
      "source": {
        "resource": "users",
        "method": "create"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v2/users",
        "locations": {
          "userName": {
            "in": "body",
            "name": "userName"
          },
          "externalId": {
            "in": "body",
            "name": "externalId"
          },
          "email": {
            "in": "body",
            "name": "email"
          },
          "name": {
            "in": "body",
            "name": "name"
          },
          "active": {
            "in": "body",
            "name": "active"
          },
          "authType": {
            "in": "body",
            "name": "authType"
          },
          "userType": {
            "in": "body",
            "name": "userType"
          },
          "sendInvite": {
            "in": "body",
            "name": "sendInvite"
          },
          "role": {
            "in": "body",
            "name": "role"
          },
          "idpUserId": {
            "in": "body",
            "name": "idpUserId"
          },
          "userPrincipalName": {
            "in": "body",
            "name": "userPrincipalName"
          }
        }
      }
    },
    {
      "name": "create_egnyte_file_audit_report",
      "title": "Create Egnyte file audit report",
      "description": "Start a file audit report job (who read, changed, moved or deleted files) for folders or a file, and return its job id. Give folders or file. Poll get_egnyte_audit_report_status, then read rows with list_egnyte_file_audit_entries.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "date_start": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}",
            "description": "Start day, YYYY-MM-DD or ISO-8601."
          },
          "date_end": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}",
            "description": "End day, YYYY-MM-DD or ISO-8601."
          },
          "folders": {
            "type": "array",
            "items": {
              "type": "string",
              "minLength": 7,
              "maxLength": 4096,
              "pattern": "^/(Shared|Private)(/[^/]+)*$",
              "description": "Absolute folder path starting with /Shared or /Private, such as /Shared/Legal/Contracts (no trailing slash). Find one with get_egnyte_folder_or_file.",
              "x-identifier": {
                "kind": "folder_path",
                "label": "Egnyte folder path",
                "not": "a folder_id UUID or a URL",
                "findWith": "get_egnyte_folder_or_file"
              }
            },
            "description": "Folders to report on (subfolders included)."
          },
          "file": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "A file path to report on; a trailing * matches any ending. Absolute path of a folder or file starting with /Shared or /Private, such as /Shared/Legal/NDA.pdf (no trailing slash). Find one with search_egnyte_files.",
            "x-identifier": {
              "kind": "item_path",
              "label": "Egnyte folder or file path",
              "not": "a folder_id, group_id or URL",
              "findWith": "search_egnyte_files"
            }
          },
          "users": {
            "type": "array",
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 100,
              "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
              "description": "Egnyte username (login name such as jmiller): starts with a letter or digit; only '.', '-' and '_' as special characters. Not the numeric id or the email. Find one with list_all_egnyte_users.",
              "x-identifier": {
                "kind": "username",
                "label": "Egnyte username",
                "not": "the numeric user id or the email",
                "findWith": "list_all_egnyte_users"
              }
            },
            "description": "Only activity of these usernames."
          },
          "transaction_type": {
            "type": "array",
            "items": {
              "type": "string",
              "minLength": 1
            },
            "description": "Only these transaction types, as named by Egnyte."
          }
        },
        "required": [
          "date_start",
          "date_end"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "pattern": "^[^/\\s]+$",
            "description": "Id of a v1 audit report job, as returned when the report was created. Find one with create_egnyte_file_audit_report.",
            "x-identifier": {
              "kind": "audit_job_id",
              "label": "Egnyte audit report job id",
              "not": "an event id or audit cursor",
              "findWith": "create_egnyte_file_audit_report"
            }
          }
        },
        "required": [
          "id"
        ]
      },
      "annotations": {
        "title": "Create Egnyte file audit report",
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": true
      },
      "tags": [
        "audit"
      ],
      "kind": "custom",
      "source": {
        "resource": "audit_events",
        "method": "create_file_audit_report"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v1/audit/files",
        "locations": {
          "date_start": {
            "in": "body",
            "name": "date_start"
          },
          "date_end": {
            "in": "body",
            "name": "date_end"
          },
          "folders": {
            "in": "body",
            "name": "folders"
          },
          "file": {
            "in": "body",
            "name": "file"
          },
          "users": {
            "in": "body",
            "name": "users"
          },
          "transaction_type": {
            "in": "body",
            "name": "transaction_type"
          }
        },
        "fixedBody": {
          "format": "json"
        }
      }
    },
    {
      "name": "create_egnyte_folder",
      "title": "Create Egnyte folder",
      "description": "Create a folder at the given path (the parent must exist) and return its folder_id. Fails with an error if the folder already exists.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Absolute folder path starting with /Shared or /Private, such as /Shared/Legal/Contracts (no trailing slash). Find one with get_egnyte_folder_or_file.",
            "x-identifier": {
              "kind": "folder_path",
              "label": "Egnyte folder path",
              "not": "a folder_id UUID or a URL",
              "findWith": "get_egnyte_folder_or_file"
            }
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "folder_id": {
            "type": "string",
            "format": "uuid",
            "description": "Egnyte folder_id, a UUID from folder metadata (not the path). Find one with get_egnyte_folder_or_file.",
            "x-identifier": {
              "kind": "folder_id",
              "label": "Egnyte folder id (UUID)",
              "not": "the folder path or a file group_id",
              "findWith": "get_egnyte_folder_or_file"
            }
          }
        }
      },
      "annotations": {
        "title": "Create Egnyte folder",
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": true
      },
      "tags": [
        "files"
      ],
      "kind": "custom",
      "source": {
        "resource": "fs",
        "method": "create_folder"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v1/fs/{path}",
        "locations": {
          "path": {
            "in": "path",
            "name": "path",
            "multiSegment": true
          }
        },
        "fixedBody": {
          "action": "add_folder"
        }
      }
    },
    {
      "name": "create_egnyte_login_audit_report",
      "title": "Create Egnyte login audit report",
      "description": "Start a login audit report job (logins, logouts, lockouts, password resets, failed attempts) and return its job id. Poll get_egnyte_audit_report_status, then read rows with list_egnyte_login_audit_entries.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "date_start": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}",
            "description": "Start day, YYYY-MM-DD or ISO-8601."
          },
          "date_end": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}",
            "description": "End day, YYYY-MM-DD or ISO-8601."
          },
          "events": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "string",
              "enum": [
                "logins",
                "logouts",
                "account_lockouts",
                "password_resets",
                "failed_attempts"
              ]
            },
            "description": "Which login events to include."
          },
          "access_points": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "web",
                "ftp",
                "mobile"
              ]
            },
            "description": "Only these access points (web, ftp, mobile)."
          },
          "users": {
            "type": "array",
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 100,
              "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
              "description": "Egnyte username (login name such as jmiller): starts with a letter or digit; only '.', '-' and '_' as special characters. Not the numeric id or the email. Find one with list_all_egnyte_users.",
              "x-identifier": {
                "kind": "username",
                "label": "Egnyte username",
                "not": "the numeric user id or the email",
                "findWith": "list_all_egnyte_users"
              }
            },
            "description": "Only activity of these usernames."
          }
        },
        "required": [
          "date_start",
          "date_end",
          "events"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "pattern": "^[^/\\s]+$",
            "description": "Id of a v1 audit report job, as returned when the report was created. Find one with create_egnyte_file_audit_report.",
            "x-identifier": {
              "kind": "audit_job_id",
              "label": "Egnyte audit report job id",
              "not": "an event id or audit cursor",
              "findWith": "create_egnyte_file_audit_report"
            }
          }
        },
        "required": [
          "id"
        ]
      },
      "annotations": {
        "title": "Create Egnyte login audit report",
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": true
      },
      "tags": [
        "audit"
      ],
      "kind": "custom",
      "source": {
        "resource": "audit_events",
        "method": "create_login_audit_report"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v1/audit/logins",
        "locations": {
          "date_start": {
            "in": "body",
            "name": "date_start"
          },
          "date_end": {
            "in": "body",
            "name": "date_end"
          },
          "events": {
            "in": "body",
            "name": "events"
          },
          "access_points": {
            "in": "body",
            "name": "access_points"
          },
          "users": {
            "in": "body",
            "name": "users"
          }
        },
        "fixedBody": {
          "format": "json"
        }
      }
    },
    {
      "name": "create_egnyte_permission_audit_report",
      "title": "Create Egnyte permission audit report",
      "description": "Start a permission audit report job (who granted or removed which folder access) and return its job id. Poll get_egnyte_audit_report_status, then read rows with list_egnyte_permission_audit_entries.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "date_start": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}",
            "description": "Start day, YYYY-MM-DD or ISO-8601."
          },
          "date_end": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}",
            "description": "End day, YYYY-MM-DD or ISO-8601."
          },
          "folders": {
            "type": "array",
            "items": {
              "type": "string",
              "minLength": 9,
              "maxLength": 4096,
              "pattern": "^/Shared(/[^/]+)+$",
              "description": "Absolute path of a folder under /Shared, such as /Shared/Legal (permissions exist only there, not in /Private). Find one with get_egnyte_folder_or_file.",
              "x-identifier": {
                "kind": "shared_folder_path",
                "label": "Egnyte shared folder path",
                "not": "a /Private path or a folder_id",
                "findWith": "get_egnyte_folder_or_file"
              }
            },
            "description": "Only changes on these folders."
          },
          "assigners": {
            "type": "array",
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 100,
              "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
              "description": "Egnyte username (login name such as jmiller): starts with a letter or digit; only '.', '-' and '_' as special characters. Not the numeric id or the email. Find one with list_all_egnyte_users.",
              "x-identifier": {
                "kind": "username",
                "label": "Egnyte username",
                "not": "the numeric user id or the email",
                "findWith": "list_all_egnyte_users"
              }
            },
            "description": "Only changes made by these usernames."
          },
          "assignee_users": {
            "type": "array",
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 100,
              "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
              "description": "Egnyte username (login name such as jmiller): starts with a letter or digit; only '.', '-' and '_' as special characters. Not the numeric id or the email. Find one with list_all_egnyte_users.",
              "x-identifier": {
                "kind": "username",
                "label": "Egnyte username",
                "not": "the numeric user id or the email",
                "findWith": "list_all_egnyte_users"
              }
            },
            "description": "Only changes to these usernames' access."
          },
          "assignee_groups": {
            "type": "array",
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200,
              "description": "Group display name exactly as shown in Egnyte, such as Finance (not the group UUID). Built-in groups like 'All Power Users' count too. Find one with list_all_egnyte_groups.",
              "x-identifier": {
                "kind": "group_name",
                "label": "Egnyte group display name",
                "not": "the group UUID",
                "findWith": "list_all_egnyte_groups"
              }
            },
            "description": "Only changes to these groups' access (display names)."
          }
        },
        "required": [
          "date_start",
          "date_end"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "pattern": "^[^/\\s]+$",
            "description": "Id of a v1 audit report job, as returned when the report was created. Find one with create_egnyte_file_audit_report.",
            "x-identifier": {
              "kind": "audit_job_id",
              "label": "Egnyte audit report job id",
              "not": "an event id or audit cursor",
              "findWith": "create_egnyte_file_audit_report"
            }
          }
        },
        "required": [
          "id"
        ]
      },
      "annotations": {
        "title": "Create Egnyte permission audit report",
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": true
      },
      "tags": [
        "audit"
      ],
      "kind": "custom",
      "source": {
        "resource": "audit_events",
        "method": "create_permission_audit_report"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v1/audit/permissions",
        "locations": {
          "date_start": {
            "in": "body",
            "name": "date_start"
          },
          "date_end": {
            "in": "body",
            "name": "date_end"
          },
          "folders": {
            "in": "body",
            "name": "folders"
          },
          "assigners": {
            "in": "body",
            "name": "assigners"
          },
          "assignee_users": {
            "in": "body",
            "name": "assignee_users"
          },
          "assignee_groups": {
            "in": "body",
            "name": "assignee_groups"
          }
        },
        "fixedBody": {
          "format": "json"
        }
      }
    },
    {
      "name": "delete_an_egnyte_group_by_id",
      "title": "Delete an Egnyte group by id",
      "description": "Delete an Egnyte group by UUID. Its members lose the folder access granted to the group; their accounts stay. Returns ok and the HTTP status.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Egnyte group id, a UUID such as e3ba9d90-ebc7-483e-abaa-a84e92480c86 (not the group's display name). Find one with list_all_egnyte_groups.",
            "x-identifier": {
              "kind": "group_id",
              "label": "Egnyte group id (UUID)",
              "not": "the group's display name",
              "findWith": "list_all_egnyte_groups"
            }
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "ok": {
            "type": "boolean"
          },
          "status": {
            "type": "integer"
          }
        }
      },
      "annotations": {
        "title": "Delete an Egnyte group by id",
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "groups"
      ],
      "kind": "delete",
      "source": {
        "resource": "groups",
        "method": "delete"
      },
      "request": {
        "method": "DELETE",
        "path": "/pubapi/v2/groups/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        }
      }
    },
    {
      "name": "delete_an_egnyte_link_by_id",
      "title": "Delete an Egnyte link by id",
      "description": "Delete an Egnyte share link by id; its URL stops working for everyone. Returns ok and the HTTP status.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128,
            "pattern": "^[^/\\s]+$",
            "description": "Egnyte share-link id, a short opaque string such as jFmtRccgU0 (not the URL). Find one with list_all_egnyte_links.",
            "x-identifier": {
              "kind": "link_id",
              "label": "Egnyte link id",
              "not": "the link URL or the shared path",
              "findWith": "list_all_egnyte_links"
            }
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "ok": {
            "type": "boolean"
          },
          "status": {
            "type": "integer"
          }
        }
      },
      "annotations": {
        "title": "Delete an Egnyte link by id",
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "links"
      ],
      "kind": "delete",
      "source": {
        "resource": "links",
        "method": "delete"
      },
      "request": {
        "method": "DELETE",
        "path": "/pubapi/v1/links/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        }
      }
    },
    {
      "name": "delete_an_egnyte_user_by_id",
      "title": "Delete an Egnyte user by id",
      "description": "Permanently delete an Egnyte user by numeric id. This cannot be undone; to offboard someone while keeping their account and files, use update_an_egnyte_user_by_id with active false instead. Returns ok and the HTTP status (Egnyte answers 200 or 204 with no body).",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991,
            "description": "Numeric Egnyte user id (an integer such as 12408258604), not the username or email. Find one with list_all_egnyte_users.",
            "x-identifier": {
              "kind": "user_id",
              "label": "numeric Egnyte user id",
              "not": "the username or email",
              "findWith": "list_all_egnyte_users"
            }
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "ok": {
            "type": "boolean"
          },
          "status": {
            "type": "integer"
          }
        }
      },
      "annotations": {
        "title": "Delete an Egnyte user by id",
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "users"
      ],
      "kind": "delete",
      "source": {
        "resource": "users",
        "method": "delete"
      },
      "request": {
        "method": "DELETE",
        "path": "/pubapi/v2/users/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        }
      }
    },
    {
      "name": "delete_egnyte_folder_or_file",
      "title": "Delete Egnyte folder or file",
      "description": "Delete an Egnyte folder (with everything in it) or file, or only one version of a file with entry_id.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Absolute path of a folder or file starting with /Shared or /Private, such as /Shared/Legal/NDA.pdf (no trailing slash). Find one with search_egnyte_files.",
            "x-identifier": {
              "kind": "item_path",
              "label": "Egnyte folder or file path",
              "not": "a folder_id, group_id or URL",
              "findWith": "search_egnyte_files"
            }
          },
          "entry_id": {
            "type": "string",
            "format": "uuid",
            "description": "Files only: delete just this version. entry_id of one file version, a UUID listed in the file's versions. Find one with get_egnyte_folder_or_file.",
            "x-identifier": {
              "kind": "file_entry_id",
              "label": "Egnyte file version entry_id (UUID)",
              "not": "the file group_id",
              "findWith": "get_egnyte_folder_or_file"
            }
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "ok": {
            "type": "boolean"
          },
          "status": {
            "type": "integer"
          }
        }
      },
      "annotations": {
        "title": "Delete Egnyte folder or file",
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "files"
      ],
      "kind": "custom",
      "source": {
        "resource": "fs",
        "method": "delete_folder_or_file"
      },
      "request": {
        "method": "DELETE",
        "path": "/pubapi/v1/fs/{path}",
        "locations": {
          "path": {
            "in": "path",
            "name": "path",
            "multiSegment": true
          },
          "entry_id": {
            "in": "query",
            "name": "entry_id"
          }
        }
      }
    },
    {
      "name": "get_egnyte_audit_report_status",
      "title": "Get Egnyte audit report status",
      "description": "Check a v1 audit report job. While it runs this returns status running (poll at most every 2 minutes). When the report is ready Egnyte answers 303, shown as an upstream_error with status 303: then read the rows with the matching list_egnyte_*_audit_entries tool.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "pattern": "^[^/\\s]+$",
            "description": "Id of a v1 audit report job, as returned when the report was created. Find one with create_egnyte_file_audit_report.",
            "x-identifier": {
              "kind": "audit_job_id",
              "label": "Egnyte audit report job id",
              "not": "an event id or audit cursor",
              "findWith": "create_egnyte_file_audit_report"
            }
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "status": {
            "type": "string"
          }
        }
      },
      "annotations": {
        "title": "Get Egnyte audit report status",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "audit"
      ],
      "kind": "custom",
      "source": {
        "resource": "audit_events",
        "method": "get_audit_report_status"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/audit/jobs/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        }
      }
    },
    {
      "name": "get_egnyte_current_user",
      "title": "Get Egnyte current user",
      "description": "Get the Egnyte user this server acts as (the access token's owner): numeric id, username, name, email and user_type. Useful to check whether it is an admin before admin-only calls.",
      "inputSchema": {
        "type": "object",
        "properties": {},
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991,
            "description": "Numeric Egnyte user id (an integer such as 12408258604), not the username or email. Find one with list_all_egnyte_users.",
            "x-identifier": {
              "kind": "user_id",
              "label": "numeric Egnyte user id",
              "not": "the username or email",
              "findWith": "list_all_egnyte_users"
            }
          },
          "username": {
            "type": "string"
          },
          "first_name": {
            "type": "string"
          },
          "last_name": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "user_type": {
            "type": "string",
            "description": "admin, power or standard"
          }
        },
        "required": [
          "id",
          "username"
        ]
      },
      "annotations": {
        "title": "Get Egnyte current user",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "users"
      ],
      "kind": "custom",
      "source": {
        "resource": "userinfo",
        "method": "get_current_user"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/userinfo",
        "locations": {}
      }
    },
    {
      "name": "get_egnyte_events_cursor",
      "title": "Get Egnyte events cursor",
      "description": "Get the range of Egnyte event ids currently available: latest_event_id (start here to follow new activity) and oldest_event_id (the oldest still retained), with the server time.",
      "inputSchema": {
        "type": "object",
        "properties": {},
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "timestamp": {
            "type": "string"
          },
          "latest_event_id": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "Integer Egnyte event id; ids increase over time. Find one with get_egnyte_events_cursor.",
            "x-identifier": {
              "kind": "event_id",
              "label": "Egnyte event id",
              "not": "a timestamp or audit cursor",
              "findWith": "get_egnyte_events_cursor"
            }
          },
          "oldest_event_id": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "Integer Egnyte event id; ids increase over time. Find one with get_egnyte_events_cursor.",
            "x-identifier": {
              "kind": "event_id",
              "label": "Egnyte event id",
              "not": "a timestamp or audit cursor",
              "findWith": "get_egnyte_events_cursor"
            }
          }
        },
        "required": [
          "latest_event_id",
          "oldest_event_id"
        ]
      },
      "annotations": {
        "title": "Get Egnyte events cursor",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "events"
      ],
      "kind": "custom",
      "source": {
        "resource": "events",
        "method": "get_events_cursor"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/events/cursor",
        "locations": {}
      }
    },
    {
      "name": "get_egnyte_file_by_group_id",
      "title": "Get Egnyte file by group id",
      "description": "Get an Egnyte file's metadata and versions by its group_id (UUID, target_group_id in events); the answer includes the current path.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "group_id": {
            "type": "string",
            "format": "uuid",
            "description": "File group_id, a UUID that stays the same across versions (events call it target_group_id); not a user-group id. Find one with get_egnyte_folder_or_file.",
            "x-identifier": {
              "kind": "file_group_id",
              "label": "Egnyte file group_id (UUID)",
              "not": "an Egnyte user-group id or a version entry_id",
              "findWith": "get_egnyte_folder_or_file"
            }
          }
        },
        "required": [
          "group_id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "path": {
            "type": "string"
          },
          "is_folder": {
            "type": "boolean"
          },
          "folder_id": {
            "type": "string",
            "description": "Folders only."
          },
          "parent_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "folder_description": {
            "type": "string"
          },
          "total_count": {
            "type": "integer",
            "description": "Number of entries in the folder."
          },
          "offset": {
            "type": "integer"
          },
          "folders": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "folder_id": {
                  "type": "string"
                }
              }
            }
          },
          "files": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "entry_id": {
                  "type": "string",
                  "description": "Current version id."
                },
                "group_id": {
                  "type": "string",
                  "description": "File id across versions."
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username of the uploader."
                },
                "locked": {
                  "type": "boolean"
                },
                "num_versions": {
                  "type": "integer"
                }
              }
            }
          },
          "size": {
            "type": "integer",
            "description": "Files only."
          },
          "checksum": {
            "type": "string",
            "description": "Files only (SHA-512)."
          },
          "entry_id": {
            "type": "string"
          },
          "group_id": {
            "type": "string"
          },
          "last_modified": {
            "type": "string"
          },
          "uploaded_by": {
            "type": "string"
          },
          "locked": {
            "type": "boolean"
          },
          "versions": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "entry_id": {
                  "type": "string",
                  "description": "Current version id."
                },
                "group_id": {
                  "type": "string",
                  "description": "File id across versions."
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username of the uploader."
                },
                "locked": {
                  "type": "boolean"
                },
                "num_versions": {
                  "type": "integer"
                }
              }
            },
            "description": "Files only."
          }
        },
        "required": [
          "name",
          "path",
          "is_folder"
        ]
      },
      "annotations": {
        "title": "Get Egnyte file by group id",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "files"
      ],
      "kind": "custom",
      "source": {
        "resource": "fs",
        "method": "get_file_by_group_id"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/fs/ids/file/{group_id}",
        "locations": {
          "group_id": {
            "in": "path",
            "name": "group_id"
          }
        }
      }
    },
    {
      "name": "get_egnyte_folder_by_id",
      "title": "Get Egnyte folder by id",
      "description": "Get an Egnyte folder's metadata and contents by folder_id (UUID), e.g. a folder_id from an event or a link's resource_id. Same answer as get_egnyte_folder_or_file.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "folder_id": {
            "type": "string",
            "format": "uuid",
            "description": "Egnyte folder_id, a UUID from folder metadata (not the path). Find one with get_egnyte_folder_or_file.",
            "x-identifier": {
              "kind": "folder_id",
              "label": "Egnyte folder id (UUID)",
              "not": "the folder path or a file group_id",
              "findWith": "get_egnyte_folder_or_file"
            }
          },
          "list_content": {
            "type": "boolean",
            "description": "Include subfolders and files (default true)."
          },
          "offset": {
            "type": "integer",
            "minimum": 0,
            "description": "0-based index of the first entry to return."
          },
          "count": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Number of entries to return, e.g. 100."
          }
        },
        "required": [
          "folder_id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "path": {
            "type": "string"
          },
          "is_folder": {
            "type": "boolean"
          },
          "folder_id": {
            "type": "string",
            "description": "Folders only."
          },
          "parent_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "folder_description": {
            "type": "string"
          },
          "total_count": {
            "type": "integer",
            "description": "Number of entries in the folder."
          },
          "offset": {
            "type": "integer"
          },
          "folders": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "folder_id": {
                  "type": "string"
                }
              }
            }
          },
          "files": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "entry_id": {
                  "type": "string",
                  "description": "Current version id."
                },
                "group_id": {
                  "type": "string",
                  "description": "File id across versions."
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username of the uploader."
                },
                "locked": {
                  "type": "boolean"
                },
                "num_versions": {
                  "type": "integer"
                }
              }
            }
          },
          "size": {
            "type": "integer",
            "description": "Files only."
          },
          "checksum": {
            "type": "string",
            "description": "Files only (SHA-512)."
          },
          "entry_id": {
            "type": "string"
          },
          "group_id": {
            "type": "string"
          },
          "last_modified": {
            "type": "string"
          },
          "uploaded_by": {
            "type": "string"
          },
          "locked": {
            "type": "boolean"
          },
          "versions": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "entry_id": {
                  "type": "string",
                  "description": "Current version id."
                },
                "group_id": {
                  "type": "string",
                  "description": "File id across versions."
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username of the uploader."
                },
                "locked": {
                  "type": "boolean"
                },
                "num_versions": {
                  "type": "integer"
                }
              }
            },
            "description": "Files only."
          }
        },
        "required": [
          "name",
          "path",
          "is_folder"
        ]
      },
      "annotations": {
        "title": "Get Egnyte folder by id",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "files"
      ],
      "kind": "custom",
      "source": {
        "resource": "fs",
        "method": "get_folder_by_id"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/fs/ids/folder/{folder_id}",
        "locations": {
          "folder_id": {
            "in": "path",
            "name": "folder_id"
          },
          "list_content": {
            "in": "query",
            "name": "list_content"
          },
          "offset": {
            "in": "query",
            "name": "offset"
          },
          "count": {
            "in": "query",
            "name": "count"
          }
        }
      }
    },
    {
      "name": "get_egnyte_folder_or_file",
      "title": "Get Egnyte folder or file",
      "description": "Get metadata of an Egnyte folder or file by path. A folder comes with its subfolders and files (folder_id, paths, sizes, group_id/entry_id, uploaded_by) and total_count; a file with size, checksum, uploader and versions. Start at /Shared or /Private to browse.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Absolute path of a folder or file starting with /Shared or /Private, such as /Shared/Legal/NDA.pdf (no trailing slash). Find one with search_egnyte_files.",
            "x-identifier": {
              "kind": "item_path",
              "label": "Egnyte folder or file path",
              "not": "a folder_id, group_id or URL",
              "findWith": "search_egnyte_files"
            }
          },
          "list_content": {
            "type": "boolean",
            "description": "Folders only: include subfolders and files (default true); false returns only the folder's own metadata."
          },
          "offset": {
            "type": "integer",
            "minimum": 0,
            "description": "Folders only: 0-based index of the first entry; for more entries call again with offset + count while below total_count."
          },
          "count": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000,
            "description": "Folders only: number of entries to return, e.g. 100."
          },
          "sort_by": {
            "type": "string",
            "enum": [
              "name",
              "last_modified",
              "uploaded_by",
              "size"
            ],
            "description": "Folders only: the field to sort entries by."
          },
          "sort_direction": {
            "type": "string",
            "enum": [
              "ascending",
              "descending"
            ],
            "description": "Folders only: the sort order of entries."
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "path": {
            "type": "string"
          },
          "is_folder": {
            "type": "boolean"
          },
          "folder_id": {
            "type": "string",
            "description": "Folders only."
          },
          "parent_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "folder_description": {
            "type": "string"
          },
          "total_count": {
            "type": "integer",
            "description": "Number of entries in the folder."
          },
          "offset": {
            "type": "integer"
          },
          "folders": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "folder_id": {
                  "type": "string"
                }
              }
            }
          },
          "files": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "entry_id": {
                  "type": "string",
                  "description": "Current version id."
                },
                "group_id": {
                  "type": "string",
                  "description": "File id across versions."
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username of the uploader."
                },
                "locked": {
                  "type": "boolean"
                },
                "num_versions": {
                  "type": "integer"
                }
              }
            }
          },
          "size": {
            "type": "integer",
            "description": "Files only."
          },
          "checksum": {
            "type": "string",
            "description": "Files only (SHA-512)."
          },
          "entry_id": {
            "type": "string"
          },
          "group_id": {
            "type": "string"
          },
          "last_modified": {
            "type": "string"
          },
          "uploaded_by": {
            "type": "string"
          },
          "locked": {
            "type": "boolean"
          },
          "versions": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "entry_id": {
                  "type": "string",
                  "description": "Current version id."
                },
                "group_id": {
                  "type": "string",
                  "description": "File id across versions."
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username of the uploader."
                },
                "locked": {
                  "type": "boolean"
                },
                "num_versions": {
                  "type": "integer"
                }
              }
            },
            "description": "Files only."
          }
        },
        "required": [
          "name",
          "path",
          "is_folder"
        ]
      },
      "annotations": {
        "title": "Get Egnyte folder or file",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "files"
      ],
      "kind": "custom",
      "source": {
        "resource": "fs",
        "method": "get_folder_or_file"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/fs/{path}",
        "locations": {
          "path": {
            "in": "path",
            "name": "path",
            "multiSegment": true
          },
          "list_content": {
            "in": "query",
            "name": "list_content"
          },
          "offset": {
            "in": "query",
            "name": "offset"
          },
          "count": {
            "in": "query",
            "name": "count"
          },
          "sort_by": {
            "in": "query",
            "name": "sort_by"
          },
          "sort_direction": {
            "in": "query",
            "name": "sort_direction"
          }
        }
      }
    },
    {
      "name": "get_egnyte_folder_permissions",
      "title": "Get Egnyte folder permissions",
      "description": "Get the permissions set on an Egnyte folder under /Shared: userPerms maps usernames and groupPerms maps group display names to a level (None, Viewer, Editor, Full, Owner), plus whether the folder inherits its parent's permissions. For one person's resulting access use get_egnyte_user_effective_permission.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "minLength": 9,
            "maxLength": 4096,
            "pattern": "^/Shared(/[^/]+)+$",
            "description": "Absolute path of a folder under /Shared, such as /Shared/Legal (permissions exist only there, not in /Private). Find one with get_egnyte_folder_or_file.",
            "x-identifier": {
              "kind": "shared_folder_path",
              "label": "Egnyte shared folder path",
              "not": "a /Private path or a folder_id",
              "findWith": "get_egnyte_folder_or_file"
            }
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "userPerms": {
            "type": "object",
            "description": "Username -> permission level set on this folder.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "groupPerms": {
            "type": "object",
            "description": "Group display name -> permission level set on this folder.",
            "additionalProperties": {
              "type": "string"
            }
          },
          "inheritsPermissions": {
            "type": "boolean"
          }
        }
      },
      "annotations": {
        "title": "Get Egnyte folder permissions",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "permissions"
      ],
      "kind": "custom",
      "source": {
        "resource": "permissions",
        "method": "get_folder_permissions"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v2/perms/{path}",
        "locations": {
          "path": {
            "in": "path",
            "name": "path",
            "multiSegment": true
          }
        }
      }
    },
    {
      "name": "get_egnyte_user_effective_permission",
      "title": "Get Egnyte user effective permission",
      "description": "Get one user's effective permission level on a folder, combining direct grants, group grants and inheritance. Egnyte answers 403 when the calling user cannot see the folder.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "username": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
            "description": "Egnyte username (login name such as jmiller): starts with a letter or digit; only '.', '-' and '_' as special characters. Not the numeric id or the email. Find one with list_all_egnyte_users.",
            "x-identifier": {
              "kind": "username",
              "label": "Egnyte username",
              "not": "the numeric user id or the email",
              "findWith": "list_all_egnyte_users"
            }
          },
          "folder": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Folder to check the permission on. Absolute folder path starting with /Shared or /Private, such as /Shared/Legal/Contracts (no trailing slash). Find one with get_egnyte_folder_or_file.",
            "x-identifier": {
              "kind": "folder_path",
              "label": "Egnyte folder path",
              "not": "a folder_id UUID or a URL",
              "findWith": "get_egnyte_folder_or_file"
            }
          }
        },
        "required": [
          "username",
          "folder"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "permission": {
            "type": "string",
            "description": "None, Viewer, Editor, Full or Owner (newer tenants may show other levels)."
          }
        },
        "required": [
          "permission"
        ]
      },
      "annotations": {
        "title": "Get Egnyte user effective permission",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "permissions"
      ],
      "kind": "custom",
      "source": {
        "resource": "permissions",
        "method": "get_user_effective_permission"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/perms/user/{username}",
        "locations": {
          "username": {
            "in": "path",
            "name": "username"
          },
          "folder": {
            "in": "query",
            "name": "folder"
          }
        }
      }
    },
    {
      "name": "get_single_egnyte_group_by_id",
      "title": "Get single Egnyte group by id",
      "description": "Get one Egnyte group by UUID with its members. Each member has value (the numeric user id), username and display (full name); fetch a member with get_single_egnyte_user_by_id to see their role and status.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Egnyte group id, a UUID such as e3ba9d90-ebc7-483e-abaa-a84e92480c86 (not the group's display name). Find one with list_all_egnyte_groups.",
            "x-identifier": {
              "kind": "group_id",
              "label": "Egnyte group id (UUID)",
              "not": "the group's display name",
              "findWith": "list_all_egnyte_groups"
            }
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "displayName": {
            "type": "string"
          },
          "members": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "description": "Numeric user id of the member."
                },
                "username": {
                  "type": "string"
                },
                "display": {
                  "type": "string"
                }
              }
            }
          }
        },
        "required": [
          "id",
          "displayName"
        ]
      },
      "annotations": {
        "title": "Get single Egnyte group by id",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "groups"
      ],
      "kind": "get",
      "source": {
        "resource": "groups",
        "method": "get"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v2/groups/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        }
      }
    },
    {
      "name": "get_single_egnyte_link_by_id",
      "title": "Get single Egnyte link by id",
      "description": "Get one Egnyte share link by id: url, path, audience (accessibility), recipients, creator, creation date and expiry.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128,
            "pattern": "^[^/\\s]+$",
            "description": "Egnyte share-link id, a short opaque string such as jFmtRccgU0 (not the URL). Find one with list_all_egnyte_links.",
            "x-identifier": {
              "kind": "link_id",
              "label": "Egnyte link id",
              "not": "the link URL or the shared path",
              "findWith": "list_all_egnyte_links"
            }
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "url": {
            "type": "string"
          },
          "path": {
            "type": "string"
          },
          "type": {
            "type": "string",
            "description": "file, folder or upload"
          },
          "accessibility": {
            "type": "string",
            "description": "anyone, password, domain or recipients"
          },
          "protection": {
            "type": "string"
          },
          "recipients": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "notify": {
            "type": "boolean"
          },
          "link_to_current": {
            "type": "boolean"
          },
          "creation_date": {
            "type": "string"
          },
          "created_by": {
            "type": "string",
            "description": "Username of the creator."
          },
          "resource_id": {
            "type": "string",
            "description": "group_id of the file or folder_id of the folder."
          },
          "expiry_date": {
            "type": [
              "string",
              "null"
            ]
          },
          "expiry_clicks": {
            "description": "Clicks left before expiry (a string or a number)."
          },
          "last_accessed": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "annotations": {
        "title": "Get single Egnyte link by id",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "links"
      ],
      "kind": "get",
      "source": {
        "resource": "links",
        "method": "get"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/links/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        }
      }
    },
    {
      "name": "get_single_egnyte_user_by_id",
      "title": "Get single Egnyte user by id",
      "description": "Get one Egnyte user by numeric id: profile, active flag, userType, authType, role and the groups the user belongs to.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991,
            "description": "Numeric Egnyte user id (an integer such as 12408258604), not the username or email. Find one with list_all_egnyte_users.",
            "x-identifier": {
              "kind": "user_id",
              "label": "numeric Egnyte user id",
              "not": "the username or email",
              "findWith": "list_all_egnyte_users"
            }
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "description": "Numeric user id."
          },
          "userName": {
            "type": "string"
          },
          "externalId": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": "string"
          },
          "name": {
            "type": "object",
            "properties": {
              "givenName": {
                "type": "string"
              },
              "familyName": {
                "type": "string"
              },
              "formatted": {
                "type": "string"
              }
            }
          },
          "active": {
            "type": "boolean",
            "description": "false when the user is deactivated."
          },
          "locked": {
            "type": "boolean"
          },
          "authType": {
            "type": "string",
            "enum": [
              "ad",
              "sso",
              "egnyte"
            ]
          },
          "userType": {
            "type": "string",
            "enum": [
              "admin",
              "power",
              "standard"
            ]
          },
          "role": {
            "type": [
              "string",
              "null"
            ]
          },
          "expiryDate": {
            "type": [
              "string",
              "null"
            ]
          },
          "groups": {
            "type": "array",
            "description": "Groups the user belongs to (value is the group UUID).",
            "items": {
              "type": "object",
              "properties": {
                "displayName": {
                  "type": "string"
                },
                "value": {
                  "type": "string"
                }
              }
            }
          }
        },
        "required": [
          "id",
          "userName",
          "email",
          "active"
        ]
      },
      "annotations": {
        "title": "Get single Egnyte user by id",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "users"
      ],
      "kind": "get",
      "source": {
        "resource": "users",
        "method": "get"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v2/users/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        }
      }
    },
    {
      "name": "list_all_egnyte_audit_events",
      "title": "List all Egnyte audit events",
      "description": "Read Egnyte's audit stream (last 7 days): file, login, permission, user and group activity with date (epoch ms), user, action and paths. Pass startDate on the first call. Egnyte allows about 10 calls a minute here; a 429 means wait for retry_after. Results come in pages: to get the next page, call again with the same arguments and next_cursor exactly as returned; stop when next_cursor is null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "startDate": {
            "type": "string",
            "format": "date-time",
            "description": "Start of the period, ISO-8601 within the last 7 days, e.g. 2025-06-20T00:00:00Z. Needed unless stream_cursor is given."
          },
          "endDate": {
            "type": "string",
            "format": "date-time",
            "description": "End of the period (ISO-8601); omit for up to now."
          },
          "auditType": {
            "type": "string",
            "pattern": "^[A-Z_]+$",
            "description": "One kind of activity: FILE_AUDIT, LOGIN_AUDIT, PERMISSION_AUDIT, USER_AUDIT, GROUP_AUDIT, WG_SETTINGS_AUDIT, WORKFLOW_AUDIT."
          },
          "stream_cursor": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4096,
            "description": "Only to resume a stream saved elsewhere; instead of startDate. Raw Egnyte nextCursor string of the v2 audit stream, valid for 7 days (not this server's next_cursor).",
            "x-identifier": {
              "kind": "audit_cursor",
              "label": "Egnyte audit stream cursor",
              "not": "this server's next_cursor"
            }
          },
          "next_cursor": {
            "type": "string",
            "minLength": 1,
            "description": "Opaque cursor from the previous page. Omit it on the first call; afterwards pass next_cursor exactly as returned, with the same other arguments."
          }
        },
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "date": {
                  "type": "integer",
                  "description": "Time in epoch milliseconds."
                },
                "auditSource": {
                  "type": "string"
                },
                "action": {
                  "type": "string"
                },
                "user": {
                  "type": "string",
                  "description": "Name ( email ) of the actor."
                },
                "userId": {
                  "type": "string",
                  "description": "Numeric user id as a string."
                },
                "actor": {
                  "type": "string"
                },
                "subject": {
                  "type": "string"
                },
                "sourcePath": {
                  "type": "string"
                },
                "targetPath": {
                  "type": "string"
                },
                "access": {
                  "type": "string"
                },
                "ipAddress": {
                  "type": "string"
                },
                "actionInfo": {
                  "type": "string"
                }
              }
            },
            "description": "The items of this page."
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass this back as next_cursor to get the next page; null when there are no more pages."
          }
        },
        "required": [
          "data",
          "next_cursor"
        ],
        "additionalProperties": false
      },
      "annotations": {
        "title": "List all Egnyte audit events",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "audit"
      ],
      "kind": "list",
      "source": {
        "resource": "audit_events",
        "method": "list"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v2/audit/stream",
        "locations": {
          "startDate": {
            "in": "query",
            "name": "startDate"
          },
          "endDate": {
            "in": "query",
            "name": "endDate"
          },
          "auditType": {
            "in": "query",
            "name": "auditType"
          },
          "stream_cursor": {
            "in": "query",
            "name": "nextCursor"
          }
        },
        "responsePath": "events",
        "pagination": {
          "style": "cursor",
          "cursorParam": "nextCursor",
          "paramsIn": "query",
          "nextCursorPath": "nextCursor",
          "morePath": "moreEvents",
          "cursorOnly": true
        }
      }
    },
    {
      "name": "list_all_egnyte_events",
      "title": "List all Egnyte events",
      "description": "List Egnyte file-system and note events (create, delete, move, copy, rename, restore) that happened after an event id: who (actor, a numeric user id), when, what and the paths. An expired id gives a 404: get a fresh one from get_egnyte_events_cursor. Results come in pages: to get the next page, call again with the same arguments and next_cursor exactly as returned; stop when next_cursor is null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991,
            "description": "Return events after this id, e.g. oldest_event_id to read everything retained. Integer Egnyte event id; ids increase over time. Find one with get_egnyte_events_cursor.",
            "x-identifier": {
              "kind": "event_id",
              "label": "Egnyte event id",
              "not": "a timestamp or audit cursor",
              "findWith": "get_egnyte_events_cursor"
            }
          },
          "folder": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Only events in this folder and its subfolders. Absolute folder path starting with /Shared or /Private, such as /Shared/Legal/Contracts (no trailing slash). Find one with get_egnyte_folder_or_file.",
            "x-identifier": {
              "kind": "folder_path",
              "label": "Egnyte folder path",
              "not": "a folder_id UUID or a URL",
              "findWith": "get_egnyte_folder_or_file"
            }
          },
          "type": {
            "type": "string",
            "pattern": "^(file_system|note)(\\|(file_system|note))*$",
            "description": "Event types, pipe-separated: file_system, note or file_system|note."
          },
          "suppress": {
            "type": "string",
            "enum": [
              "app",
              "user"
            ],
            "description": "Leave out events caused by this app (app) or by the calling user (user)."
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "description": "Maximum number of items in this page (1-100, default 100)."
          },
          "next_cursor": {
            "type": "string",
            "minLength": 1,
            "description": "Opaque cursor from the previous page. Omit it on the first call; afterwards pass next_cursor exactly as returned, with the same other arguments."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "integer",
                  "minimum": 0,
                  "maximum": 9007199254740991,
                  "description": "Integer Egnyte event id; ids increase over time. Find one with get_egnyte_events_cursor.",
                  "x-identifier": {
                    "kind": "event_id",
                    "label": "Egnyte event id",
                    "not": "a timestamp or audit cursor",
                    "findWith": "get_egnyte_events_cursor"
                  }
                },
                "timestamp": {
                  "type": "string"
                },
                "actor": {
                  "type": "integer",
                  "description": "Numeric user id of who did it."
                },
                "action_source": {
                  "type": "string",
                  "description": "WebUI, SyncEngine, Mobile, PublicAPI, ..."
                },
                "type": {
                  "type": "string"
                },
                "action": {
                  "type": "string"
                },
                "data": {
                  "type": "object",
                  "properties": {
                    "target_path": {
                      "type": "string"
                    },
                    "source_path": {
                      "type": "string"
                    },
                    "target_id": {
                      "type": "string",
                      "description": "entry_id (file) or folder_id."
                    },
                    "target_group_id": {
                      "type": "string",
                      "description": "File group_id."
                    },
                    "is_folder": {
                      "type": "boolean"
                    }
                  }
                }
              },
              "required": [
                "id",
                "action"
              ]
            },
            "description": "The items of this page."
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass this back as next_cursor to get the next page; null when there are no more pages."
          }
        },
        "required": [
          "data",
          "next_cursor"
        ],
        "additionalProperties": false
      },
      "annotations": {
        "title": "List all Egnyte events",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "events"
      ],
      "kind": "list",
      "source": {
        "resource": "events",
        "method": "list"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/events",
        "locations": {
          "id": {
            "in": "query",
            "name": "id"
          },
          "folder": {
            "in": "query",
            "name": "folder"
          },
          "type": {
            "in": "query",
            "name": "type"
          },
          "suppress": {
            "in": "query",
            "name": "suppress"
          }
        },
        "responsePath": "events",
        "pagination": {
          "style": "cursor",
          "cursorParam": "id",
          "paramsIn": "query",
          "nextCursorPath": "latest_id",
          "cursorOnly": false,
          "limitParam": "count",
          "maxLimit": 100,
          "defaultLimit": 100
        }
      }
    },
    {
      "name": "list_all_egnyte_groups",
      "title": "List all Egnyte groups",
      "description": "List Egnyte custom groups with their UUIDs and display names, or resolve a group name to its id with a displayName filter (eq, co for contains, sw for starts with). Members are not included: get a group by id for those. Built-in groups such as All Power Users are not listed. Results come in pages: to get the next page, call again with the same arguments and next_cursor exactly as returned; stop when next_cursor is null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "filter": {
            "type": "string",
            "maxLength": 500,
            "pattern": "^\\s*[dD][iI][sS][pP][lL][aA][yY][nN][aA][mM][eE]\\s+(eq|co|sw)\\s+\"[^\"]*\"\\s*$",
            "description": "SCIM filter on displayName with eq, co (contains) or sw (starts with), value in double quotes, e.g. displayName eq \"External Agency\". Omit it to list all groups."
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "description": "Maximum number of items in this page (1-100, default 100)."
          },
          "next_cursor": {
            "type": "string",
            "minLength": 1,
            "description": "Opaque cursor from the previous page. Omit it on the first call; afterwards pass next_cursor exactly as returned, with the same other arguments."
          }
        },
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "string",
                  "description": "Group UUID."
                },
                "displayName": {
                  "type": "string"
                }
              },
              "required": [
                "id",
                "displayName"
              ]
            },
            "description": "The items of this page."
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass this back as next_cursor to get the next page; null when there are no more pages."
          }
        },
        "required": [
          "data",
          "next_cursor"
        ],
        "additionalProperties": false
      },
      "annotations": {
        "title": "List all Egnyte groups",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "groups"
      ],
      "kind": "list",
      "source": {
        "resource": "groups",
        "method": "list"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v2/groups",
        "locations": {
          "filter": {
            "in": "query",
            "name": "filter"
          }
        },
        "responsePath": "resources",
        "pagination": {
          "style": "offset",
          "offsetParam": "startIndex",
          "limitParam": "count",
          "paramsIn": "query",
          "firstOffset": 1,
          "maxLimit": 100,
          "defaultLimit": 100,
          "totalPath": "totalResults"
        }
      }
    },
    {
      "name": "list_all_egnyte_links",
      "title": "List all Egnyte links",
      "description": "List the ids of Egnyte share links, optionally filtered by path, creator, dates, type or accessibility; fetch details with get_single_egnyte_link_by_id, or use list_egnyte_link_details to get full links in one call. Non-admins see only their own links. Results come in pages: to get the next page, call again with the same arguments and next_cursor exactly as returned; stop when next_cursor is null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Only links to this folder or file. Absolute path of a folder or file starting with /Shared or /Private, such as /Shared/Legal/NDA.pdf (no trailing slash). Find one with search_egnyte_files.",
            "x-identifier": {
              "kind": "item_path",
              "label": "Egnyte folder or file path",
              "not": "a folder_id, group_id or URL",
              "findWith": "search_egnyte_files"
            }
          },
          "username": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
            "description": "Only links created by this user. Egnyte username (login name such as jmiller): starts with a letter or digit; only '.', '-' and '_' as special characters. Not the numeric id or the email. Find one with list_all_egnyte_users.",
            "x-identifier": {
              "kind": "username",
              "label": "Egnyte username",
              "not": "the numeric user id or the email",
              "findWith": "list_all_egnyte_users"
            }
          },
          "created_after": {
            "type": "string",
            "format": "date",
            "description": "Only links created after this day (YYYY-MM-DD)."
          },
          "created_before": {
            "type": "string",
            "format": "date",
            "description": "Only links created before this day (YYYY-MM-DD)."
          },
          "type": {
            "type": "string",
            "enum": [
              "file",
              "folder"
            ],
            "description": "Only file links or only folder links."
          },
          "accessibility": {
            "type": "string",
            "enum": [
              "anyone",
              "password",
              "domain",
              "recipients"
            ],
            "description": "Only links with this audience: anyone (public), password, domain or recipients."
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "description": "Maximum number of items in this page (1-100, default 100)."
          },
          "next_cursor": {
            "type": "string",
            "minLength": 1,
            "description": "Opaque cursor from the previous page. Omit it on the first call; afterwards pass next_cursor exactly as returned, with the same other arguments."
          }
        },
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128,
              "pattern": "^[^/\\s]+$",
              "description": "Egnyte share-link id, a short opaque string such as jFmtRccgU0 (not the URL). Find one with list_all_egnyte_links.",
              "x-identifier": {
                "kind": "link_id",
                "label": "Egnyte link id",
                "not": "the link URL or the shared path",
                "findWith": "list_all_egnyte_links"
              }
            },
            "description": "The items of this page."
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass this back as next_cursor to get the next page; null when there are no more pages."
          }
        },
        "required": [
          "data",
          "next_cursor"
        ],
        "additionalProperties": false
      },
      "annotations": {
        "title": "List all Egnyte links",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "links"
      ],
      "kind": "list",
      "source": {
        "resource": "links",
        "method": "list"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/links",
        "locations": {
          "path": {
            "in": "query",
            "name": "path"
          },
          "username": {
            "in": "query",
            "name": "username"
          },
          "created_after": {
            "in": "query",
            "name": "created_after"
          },
          "created_before": {
            "in": "query",
            "name": "created_before"
          },
          "type": {
            "in": "query",
            "name": "type"
          },
          "accessibility": {
            "in": "query",
            "name": "accessibility"
          }
        },
        "responsePath": "ids",
        "pagination": {
          "style": "offset",
          "offsetParam": "offset",
          "limitParam": "count",
          "paramsIn": "query",
          "firstOffset": 0,
          "maxLimit": 100,
          "defaultLimit": 100,
          "totalPath": "total_count"
        }
      }
    },
    {
      "name": "list_all_egnyte_users",
      "title": "List all Egnyte users",
      "description": "List Egnyte users, or find specific ones with a filter on userName, email or externalId (for example email eq \"jsmith@company.com\"). Each user comes back with its numeric id, userName, email, name, active flag, userType (admin, power, standard) and authType. Results come in pages: to get the next page, call again with the same arguments and next_cursor exactly as returned; stop when next_cursor is null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "filter": {
            "type": "string",
            "maxLength": 500,
            "pattern": "^\\s*(userName|email|externalId)\\s+eq\\s+\"[^\"]*\"\\s*$",
            "description": "SCIM filter on one attribute with eq: userName, email or externalId, value in double quotes, e.g. email eq \"jsmith@company.com\". Omit it to list everyone."
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "description": "Maximum number of items in this page (1-100, default 100)."
          },
          "next_cursor": {
            "type": "string",
            "minLength": 1,
            "description": "Opaque cursor from the previous page. Omit it on the first call; afterwards pass next_cursor exactly as returned, with the same other arguments."
          }
        },
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "integer",
                  "description": "Numeric user id."
                },
                "userName": {
                  "type": "string"
                },
                "externalId": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "email": {
                  "type": "string"
                },
                "name": {
                  "type": "object",
                  "properties": {
                    "givenName": {
                      "type": "string"
                    },
                    "familyName": {
                      "type": "string"
                    },
                    "formatted": {
                      "type": "string"
                    }
                  }
                },
                "active": {
                  "type": "boolean",
                  "description": "false when the user is deactivated."
                },
                "locked": {
                  "type": "boolean"
                },
                "authType": {
                  "type": "string",
                  "enum": [
                    "ad",
                    "sso",
                    "egnyte"
                  ]
                },
                "userType": {
                  "type": "string",
                  "enum": [
                    "admin",
                    "power",
                    "standard"
                  ]
                },
                "role": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "expiryDate": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "groups": {
                  "type": "array",
                  "description": "Groups the user belongs to (value is the group UUID).",
                  "items": {
                    "type": "object",
                    "properties": {
                      "displayName": {
                        "type": "string"
                      },
                      "value": {
                        "type": "string"
                      }
                    }
                  }
                }
              },
              "required": [
                "id",
                "userName",
                "email",
                "active"
              ]
            },
            "description": "The items of this page."
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass this back as next_cursor to get the next page; null when there are no more pages."
          }
        },
        "required": [
          "data",
          "next_cursor"
        ],
        "additionalProperties": false
      },
      "annotations": {
        "title": "List all Egnyte users",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "users"
      ],
      "kind": "list",
      "source": {
        "resource": "users",
        "method": "list"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v2/users",
        "locations": {
          "filter": {
            "in": "query",
            "name": "filter"
          }
        },
        "responsePath": "resources",
        "pagination": {
          "style": "offset",
          "offsetParam": "startIndex",
          "limitParam": "count",
          "paramsIn": "query",
          "firstOffset": 1,
          "maxLimit": 100,
          "defaultLimit": 100,
          "totalPath": "totalResults"
        }
      }
    },
    {
      "name": "list_egnyte_file_audit_entries",
      "title": "List Egnyte file audit entries",
      "description": "Read the rows of a finished file audit report: username, user_id, file, target_path, transaction, access point and time. Results come in pages: to get the next page, call again with the same arguments and next_cursor exactly as returned; stop when next_cursor is null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "pattern": "^[^/\\s]+$",
            "description": "Id of a v1 audit report job, as returned when the report was created. Find one with create_egnyte_file_audit_report.",
            "x-identifier": {
              "kind": "audit_job_id",
              "label": "Egnyte audit report job id",
              "not": "an event id or audit cursor",
              "findWith": "create_egnyte_file_audit_report"
            }
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "description": "Maximum number of items in this page (1-100, default 100)."
          },
          "next_cursor": {
            "type": "string",
            "minLength": 1,
            "description": "Opaque cursor from the previous page. Omit it on the first call; afterwards pass next_cursor exactly as returned, with the same other arguments."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "username": {
                  "type": "string"
                },
                "user_id": {
                  "description": "Numeric user id."
                },
                "file": {
                  "type": "string"
                },
                "target_path": {
                  "type": "string"
                },
                "transaction": {
                  "type": "string"
                },
                "access": {
                  "type": "string"
                },
                "time": {
                  "description": "When it happened."
                }
              }
            },
            "description": "The items of this page."
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass this back as next_cursor to get the next page; null when there are no more pages."
          }
        },
        "required": [
          "data",
          "next_cursor"
        ],
        "additionalProperties": false
      },
      "annotations": {
        "title": "List Egnyte file audit entries",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "audit"
      ],
      "kind": "custom",
      "source": {
        "resource": "audit_events",
        "method": "list_file_audit_entries"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/audit/files/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        },
        "responsePath": "events",
        "pagination": {
          "style": "offset",
          "offsetParam": "offset",
          "limitParam": "count",
          "paramsIn": "query",
          "firstOffset": 0,
          "maxLimit": 100,
          "defaultLimit": 100,
          "totalPath": "total_count"
        }
      }
    },
    {
      "name": "list_egnyte_link_details",
      "title": "List Egnyte link details",
      "description": "List Egnyte share links with full details (url, path, audience, creator, expiry), filtered like list_all_egnyte_links; useful to review public links. Uses Egnyte's v2 links API. Results come in pages: to get the next page, call again with the same arguments and next_cursor exactly as returned; stop when next_cursor is null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Only links to this folder or file. Absolute path of a folder or file starting with /Shared or /Private, such as /Shared/Legal/NDA.pdf (no trailing slash). Find one with search_egnyte_files.",
            "x-identifier": {
              "kind": "item_path",
              "label": "Egnyte folder or file path",
              "not": "a folder_id, group_id or URL",
              "findWith": "search_egnyte_files"
            }
          },
          "username": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100,
            "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
            "description": "Only links created by this user. Egnyte username (login name such as jmiller): starts with a letter or digit; only '.', '-' and '_' as special characters. Not the numeric id or the email. Find one with list_all_egnyte_users.",
            "x-identifier": {
              "kind": "username",
              "label": "Egnyte username",
              "not": "the numeric user id or the email",
              "findWith": "list_all_egnyte_users"
            }
          },
          "created_after": {
            "type": "string",
            "format": "date",
            "description": "Only links created after this day (YYYY-MM-DD)."
          },
          "created_before": {
            "type": "string",
            "format": "date",
            "description": "Only links created before this day (YYYY-MM-DD)."
          },
          "type": {
            "type": "string",
            "enum": [
              "file",
              "folder"
            ],
            "description": "Only file links or only folder links."
          },
          "accessibility": {
            "type": "string",
            "enum": [
              "anyone",
              "password",
              "domain",
              "recipients"
            ],
            "description": "Only links with this audience: anyone (public), password, domain or recipients."
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "description": "Maximum number of items in this page (1-100, default 100)."
          },
          "next_cursor": {
            "type": "string",
            "minLength": 1,
            "description": "Opaque cursor from the previous page. Omit it on the first call; afterwards pass next_cursor exactly as returned, with the same other arguments."
          }
        },
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "id": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "type": {
                  "type": "string",
                  "description": "file, folder or upload"
                },
                "accessibility": {
                  "type": "string",
                  "description": "anyone, password, domain or recipients"
                },
                "protection": {
                  "type": "string"
                },
                "recipients": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "notify": {
                  "type": "boolean"
                },
                "link_to_current": {
                  "type": "boolean"
                },
                "creation_date": {
                  "type": "string"
                },
                "created_by": {
                  "type": "string",
                  "description": "Username of the creator."
                },
                "resource_id": {
                  "type": "string",
                  "description": "group_id of the file or folder_id of the folder."
                },
                "expiry_date": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "expiry_clicks": {
                  "description": "Clicks left before expiry (a string or a number)."
                },
                "last_accessed": {
                  "type": [
                    "string",
                    "null"
                  ]
                }
              }
            },
            "description": "The items of this page."
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass this back as next_cursor to get the next page; null when there are no more pages."
          }
        },
        "required": [
          "data",
          "next_cursor"
        ],
        "additionalProperties": false
      },
      "annotations": {
        "title": "List Egnyte link details",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "links"
      ],
      "kind": "custom",
      "source": {
        "resource": "links",
        "method": "list_link_details"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v2/links",
        "locations": {
          "path": {
            "in": "query",
            "name": "path"
          },
          "username": {
            "in": "query",
            "name": "username"
          },
          "created_after": {
            "in": "query",
            "name": "created_after"
          },
          "created_before": {
            "in": "query",
            "name": "created_before"
          },
          "type": {
            "in": "query",
            "name": "type"
          },
          "accessibility": {
            "in": "query",
            "name": "accessibility"
          }
        },
        "responsePath": "links",
        "pagination": {
          "style": "offset",
          "offsetParam": "offset",
          "limitParam": "count",
          "paramsIn": "query",
          "firstOffset": 0,
          "maxLimit": 100,
          "defaultLimit": 100
        }
      }
    },
    {
      "name": "list_egnyte_login_audit_entries",
      "title": "List Egnyte login audit entries",
      "description": "Read the rows of a finished login audit report: username, user_id, event, ip_address, access point and time. Results come in pages: to get the next page, call again with the same arguments and next_cursor exactly as returned; stop when next_cursor is null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "pattern": "^[^/\\s]+$",
            "description": "Id of a v1 audit report job, as returned when the report was created. Find one with create_egnyte_file_audit_report.",
            "x-identifier": {
              "kind": "audit_job_id",
              "label": "Egnyte audit report job id",
              "not": "an event id or audit cursor",
              "findWith": "create_egnyte_file_audit_report"
            }
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "description": "Maximum number of items in this page (1-100, default 100)."
          },
          "next_cursor": {
            "type": "string",
            "minLength": 1,
            "description": "Opaque cursor from the previous page. Omit it on the first call; afterwards pass next_cursor exactly as returned, with the same other arguments."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "username": {
                  "type": "string"
                },
                "user_id": {
                  "description": "Numeric user id."
                },
                "event": {
                  "type": "string"
                },
                "ip_address": {
                  "type": "string"
                },
                "access": {
                  "type": "string"
                },
                "time": {
                  "description": "When it happened."
                }
              }
            },
            "description": "The items of this page."
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass this back as next_cursor to get the next page; null when there are no more pages."
          }
        },
        "required": [
          "data",
          "next_cursor"
        ],
        "additionalProperties": false
      },
      "annotations": {
        "title": "List Egnyte login audit entries",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "audit"
      ],
      "kind": "custom",
      "source": {
        "resource": "audit_events",
        "method": "list_login_audit_entries"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/audit/logins/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        },
        "responsePath": "events",
        "pagination": {
          "style": "offset",
          "offsetParam": "offset",
          "limitParam": "count",
          "paramsIn": "query",
          "firstOffset": 0,
          "maxLimit": 100,
          "defaultLimit": 100,
          "totalPath": "total_count"
        }
      }
    },
    {
      "name": "list_egnyte_permission_audit_entries",
      "title": "List Egnyte permission audit entries",
      "description": "Read the rows of a finished permission audit report: folder, assignee, assigner, the change (such as +Editor) and time. Results come in pages: to get the next page, call again with the same arguments and next_cursor exactly as returned; stop when next_cursor is null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "pattern": "^[^/\\s]+$",
            "description": "Id of a v1 audit report job, as returned when the report was created. Find one with create_egnyte_file_audit_report.",
            "x-identifier": {
              "kind": "audit_job_id",
              "label": "Egnyte audit report job id",
              "not": "an event id or audit cursor",
              "findWith": "create_egnyte_file_audit_report"
            }
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "description": "Maximum number of items in this page (1-100, default 100)."
          },
          "next_cursor": {
            "type": "string",
            "minLength": 1,
            "description": "Opaque cursor from the previous page. Omit it on the first call; afterwards pass next_cursor exactly as returned, with the same other arguments."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "folder": {
                  "type": "string"
                },
                "assignee": {
                  "type": "string"
                },
                "assignee_id": {
                  "description": "Id of the user or group."
                },
                "assigner": {
                  "type": "string"
                },
                "assigner_id": {
                  "description": "Numeric user id of the assigner."
                },
                "change": {
                  "type": "string",
                  "description": "Level change, e.g. +Editor or -Viewer."
                },
                "time": {
                  "description": "When it happened."
                }
              }
            },
            "description": "The items of this page."
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass this back as next_cursor to get the next page; null when there are no more pages."
          }
        },
        "required": [
          "data",
          "next_cursor"
        ],
        "additionalProperties": false
      },
      "annotations": {
        "title": "List Egnyte permission audit entries",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "audit"
      ],
      "kind": "custom",
      "source": {
        "resource": "audit_events",
        "method": "list_permission_audit_entries"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/audit/permissions/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        },
        "responsePath": "events",
        "pagination": {
          "style": "offset",
          "offsetParam": "offset",
          "limitParam": "count",
          "paramsIn": "query",
          "firstOffset": 0,
          "maxLimit": 100,
          "defaultLimit": 100,
          "totalPath": "total_count"
        }
      }
    },
    {
      "name": "move_egnyte_folder_or_file",
      "title": "Move Egnyte folder or file",
      "description": "Move or rename an Egnyte folder or file. destination is the full new path including the name.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Absolute path of a folder or file starting with /Shared or /Private, such as /Shared/Legal/NDA.pdf (no trailing slash). Find one with search_egnyte_files.",
            "x-identifier": {
              "kind": "item_path",
              "label": "Egnyte folder or file path",
              "not": "a folder_id, group_id or URL",
              "findWith": "search_egnyte_files"
            }
          },
          "destination": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Full new path including the last segment, e.g. /Shared/Archive/NDA.pdf. Absolute path of a folder or file starting with /Shared or /Private, such as /Shared/Legal/NDA.pdf (no trailing slash). Find one with search_egnyte_files.",
            "x-identifier": {
              "kind": "item_path",
              "label": "Egnyte folder or file path",
              "not": "a folder_id, group_id or URL",
              "findWith": "search_egnyte_files"
            }
          }
        },
        "required": [
          "path",
          "destination"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "ok": {
            "type": "boolean"
          },
          "status": {
            "type": "integer"
          }
        }
      },
      "annotations": {
        "title": "Move Egnyte folder or file",
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": true
      },
      "tags": [
        "files"
      ],
      "kind": "custom",
      "source": {
        "resource": "fs",
        "method": "move_folder_or_file"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v1/fs/{path}",
        "locations": {
          "path": {
            "in": "path",
            "name": "path",
            "multiSegment": true
          },
          "destination": {
            "in": "body",
            "name": "destination"
          }
        },
        "fixedBody": {
          "action": "move"
        }
      }
    },
    {
      "name": "remove_egnyte_group_members",
      "title": "Remove Egnyte group members",
      "description": "Remove users from an Egnyte group by numeric user id; they lose any folder access they had through the group. Other members stay. Returns the group with its remaining members.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Egnyte group id, a UUID such as e3ba9d90-ebc7-483e-abaa-a84e92480c86 (not the group's display name). Find one with list_all_egnyte_groups.",
            "x-identifier": {
              "kind": "group_id",
              "label": "Egnyte group id (UUID)",
              "not": "the group's display name",
              "findWith": "list_all_egnyte_groups"
            }
          },
          "members": {
            "type": "array",
            "minItems": 1,
            "description": "Users to remove, each {\"value\": <numeric user id>, \"operation\": \"delete\"}.",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 9007199254740991,
                  "description": "Numeric Egnyte user id (an integer such as 12408258604), not the username or email. Find one with list_all_egnyte_users.",
                  "x-identifier": {
                    "kind": "user_id",
                    "label": "numeric Egnyte user id",
                    "not": "the username or email",
                    "findWith": "list_all_egnyte_users"
                  }
                },
                "operation": {
                  "type": "string",
                  "enum": [
                    "delete"
                  ],
                  "description": "Always \"delete\"."
                }
              },
              "required": [
                "value",
                "operation"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "id",
          "members"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "displayName": {
            "type": "string"
          },
          "members": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "description": "Numeric user id of the member."
                },
                "username": {
                  "type": "string"
                },
                "display": {
                  "type": "string"
                }
              }
            }
          }
        },
        "required": [
          "id",
          "displayName"
        ]
      },
      "annotations": {
        "title": "Remove Egnyte group members",
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "groups"
      ],
      "kind": "custom",
      "source": {
        "resource": "groups",
        "method": "remove_group_members"
      },
      "request": {
        "method": "PATCH",
        "path": "/pubapi/v2/groups/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          },
          "members": {
            "in": "body",
            "name": "members"
          }
        }
      }
    },
    {
      "name": "replace_egnyte_group",
      "title": "Replace Egnyte group",
      "description": "Replace an Egnyte group's name and complete member list. Anyone not in members is removed from the group and loses the folder access it gave them; to add or remove a few people use add_egnyte_group_members or remove_egnyte_group_members instead.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Egnyte group id, a UUID such as e3ba9d90-ebc7-483e-abaa-a84e92480c86 (not the group's display name). Find one with list_all_egnyte_groups.",
            "x-identifier": {
              "kind": "group_id",
              "label": "Egnyte group id (UUID)",
              "not": "the group's display name",
              "findWith": "list_all_egnyte_groups"
            }
          },
          "displayName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "Display name of the group (send the current one to keep it)."
          },
          "members": {
            "type": "array",
            "description": "The full new member list, each {\"value\": <numeric user id>}; [] empties the group.",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 9007199254740991,
                  "description": "Numeric Egnyte user id (an integer such as 12408258604), not the username or email. Find one with list_all_egnyte_users.",
                  "x-identifier": {
                    "kind": "user_id",
                    "label": "numeric Egnyte user id",
                    "not": "the username or email",
                    "findWith": "list_all_egnyte_users"
                  }
                }
              },
              "required": [
                "value"
              ],
              "additionalProperties": false
            }
          }
        },
        "required": [
          "id",
          "displayName",
          "members"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "displayName": {
            "type": "string"
          },
          "members": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "description": "Numeric user id of the member."
                },
                "username": {
                  "type": "string"
                },
                "display": {
                  "type": "string"
                }
              }
            }
          }
        },
        "required": [
          "id",
          "displayName"
        ]
      },
      "annotations": {
        "title": "Replace Egnyte group",
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "groups"
      ],
      "kind": "custom",
      "source": {
        "resource": "groups",
        "method": "replace"
      },
      "request": {
        "method": "PUT",
        "path": "/pubapi/v2/groups/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          },
          "displayName": {
            "in": "body",
            "name": "displayName"
          },
          "members": {
            "in": "body",
            "name": "members"
          }
        }
      }
    },
    {
      "name": "search_egnyte_files",
      "title": "Search Egnyte files",
      "description": "Search Egnyte files and folders by name and content, optionally within a folder, by type or modification time. Each result has name, path, size, last_modified, uploaded_by and ids. Results come in pages: to get the next page, call again with the same arguments and next_cursor exactly as returned; stop when next_cursor is null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "query": {
            "type": "string",
            "minLength": 3,
            "maxLength": 100,
            "description": "Words to search for (3-100 characters)."
          },
          "folder": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Only search inside this folder. Absolute folder path starting with /Shared or /Private, such as /Shared/Legal/Contracts (no trailing slash). Find one with get_egnyte_folder_or_file.",
            "x-identifier": {
              "kind": "folder_path",
              "label": "Egnyte folder path",
              "not": "a folder_id UUID or a URL",
              "findWith": "get_egnyte_folder_or_file"
            }
          },
          "type": {
            "type": "string",
            "enum": [
              "FILE",
              "FOLDER"
            ],
            "description": "Only files (FILE) or only folders (FOLDER)."
          },
          "modified_after": {
            "type": "string",
            "format": "date-time",
            "description": "Only items modified after this time (ISO-8601)."
          },
          "modified_before": {
            "type": "string",
            "format": "date-time",
            "description": "Only items modified before this time (ISO-8601)."
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "maximum": 20,
            "description": "Maximum number of items in this page (1-20, default 20)."
          },
          "next_cursor": {
            "type": "string",
            "minLength": 1,
            "description": "Opaque cursor from the previous page. Omit it on the first call; afterwards pass next_cursor exactly as returned, with the same other arguments."
          }
        },
        "required": [
          "query"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "is_folder": {
                  "type": "boolean"
                },
                "size": {
                  "type": "integer"
                },
                "snippet": {
                  "type": "string"
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by_username": {
                  "type": "string"
                },
                "entry_id": {
                  "type": "string"
                },
                "group_id": {
                  "type": "string"
                }
              }
            },
            "description": "The items of this page."
          },
          "next_cursor": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass this back as next_cursor to get the next page; null when there are no more pages."
          }
        },
        "required": [
          "data",
          "next_cursor"
        ],
        "additionalProperties": false
      },
      "annotations": {
        "title": "Search Egnyte files",
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "files"
      ],
      "kind": "custom",
      "source": {
        "resource": "search",
        "method": "search_files"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/search",
        "locations": {
          "query": {
            "in": "query",
            "name": "query"
          },
          "folder": {
            "in": "query",
            "name": "folder"
          },
          "type": {
            "in": "query",
            "name": "type"
          },
          "modified_after": {
            "in": "query",
            "name": "modified_after"
          },
          "modified_before": {
            "in": "query",
            "name": "modified_before"
          }
        },
        "responsePath": "results",
        "pagination": {
          "style": "offset",
          "offsetParam": "offset",
          "limitParam": "count",
          "paramsIn": "query",
          "firstOffset": 0,
          "maxLimit": 20,
          "defaultLimit": 20,
          "totalPath": "total_count"
        }
      }
    },
    {
      "name": "set_egnyte_folder_permissions",
      "title": "Set Egnyte folder permissions",
      "description": "Grant, change or remove permissions on an Egnyte folder under /Shared. Only the users and groups you list change; level None removes that grant, which takes away access. Levels: Viewer (read), Editor (+upload/edit), Full (+move/delete), Owner (+manage sharing).",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "minLength": 9,
            "maxLength": 4096,
            "pattern": "^/Shared(/[^/]+)+$",
            "description": "Absolute path of a folder under /Shared, such as /Shared/Legal (permissions exist only there, not in /Private). Find one with get_egnyte_folder_or_file.",
            "x-identifier": {
              "kind": "shared_folder_path",
              "label": "Egnyte shared folder path",
              "not": "a /Private path or a folder_id",
              "findWith": "get_egnyte_folder_or_file"
            }
          },
          "userPerms": {
            "type": "object",
            "description": "Map of Egnyte username (not email or numeric id; find with list_all_egnyte_users) to level: None, Viewer, Editor, Full or Owner.",
            "minProperties": 1,
            "additionalProperties": {
              "type": "string",
              "enum": [
                "None",
                "Viewer",
                "Editor",
                "Full",
                "Owner"
              ]
            }
          },
          "groupPerms": {
            "type": "object",
            "description": "Map of group display name (not the UUID; find with list_all_egnyte_groups; built-in groups such as All Power Users work too) to level: None, Viewer, Editor, Full or Owner.",
            "minProperties": 1,
            "additionalProperties": {
              "type": "string",
              "enum": [
                "None",
                "Viewer",
                "Editor",
                "Full",
                "Owner"
              ]
            }
          },
          "inheritsPermissions": {
            "type": "boolean",
            "description": "false stops inheriting the parent folder's permissions; true restores it."
          },
          "keepParentPermissions": {
            "type": "boolean",
            "description": "With inheritsPermissions false: copy the inherited grants onto this folder."
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "ok": {
            "type": "boolean"
          },
          "status": {
            "type": "integer"
          }
        }
      },
      "annotations": {
        "title": "Set Egnyte folder permissions",
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "permissions"
      ],
      "kind": "custom",
      "source": {
        "resource": "permissions",
        "method": "set_folder_permissions"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v2/perms/{path}",
        "locations": {
          "path": {
            "in": "path",
            "name": "path",
            "multiSegment": true
          },
          "userPerms": {
            "in": "body",
            "name": "userPerms"
          },
          "groupPerms": {
            "in": "body",
            "name": "groupPerms"
          },
          "inheritsPermissions": {
            "in": "body",
            "name": "inheritsPermissions"
          },
          "keepParentPermissions": {
            "in": "body",
            "name": "keepParentPermissions"
          }
        }
      }
    },
    {
      "name": "update_an_egnyte_group_by_id",
      "title": "Update an Egnyte group by id",
      "description": "Rename an Egnyte group; its members stay. To change members use add_egnyte_group_members or remove_egnyte_group_members.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Egnyte group id, a UUID such as e3ba9d90-ebc7-483e-abaa-a84e92480c86 (not the group's display name). Find one with list_all_egnyte_groups.",
            "x-identifier": {
              "kind": "group_id",
              "label": "Egnyte group id (UUID)",
              "not": "the group's display name",
              "findWith": "list_all_egnyte_groups"
            }
          },
          "displayName": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200,
            "description": "New display name of the group."
          }
        },
        "required": [
          "id",
          "displayName"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "displayName": {
            "type": "string"
          },
          "members": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "description": "Numeric user id of the member."
                },
                "username": {
                  "type": "string"
                },
                "display": {
                  "type": "string"
                }
              }
            }
          }
        },
        "required": [
          "id",
          "displayName"
        ]
      },
      "annotations": {
        "title": "Update an Egnyte group by id",
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "groups"
      ],
      "kind": "update",
      "source": {
        "resource": "groups",
        "method": "update"
      },
      "request": {
        "method": "PATCH",
        "path": "/pubapi/v2/groups/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          },
          "displayName": {
            "in": "body",
            "name": "displayName"
          }
        }
      }
    },
    {
      "name": "update_an_egnyte_user_by_id",
      "title": "Update an Egnyte user by id",
      "description": "Change a user's profile, role or status. Setting active to false deactivates the user: they can no longer sign in or sync, but their files and permissions stay. Only the fields you pass change; userName and externalId cannot be changed.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "minimum": 1,
            "maximum": 9007199254740991,
            "description": "Numeric Egnyte user id (an integer such as 12408258604), not the username or email. Find one with list_all_egnyte_users.",
            "x-identifier": {
              "kind": "user_id",
              "label": "numeric Egnyte user id",
              "not": "the username or email",
              "findWith": "list_all_egnyte_users"
            }
          },
          "active": {
            "type": "boolean",
            "description": "false deactivates the user (offboarding); true reactivates."
          },
          "email": {
            "type": "string",
            "format": "email",
            "description": "New email address of the user."
          },
          "name": {
            "type": "object",
            "description": "New first and/or last name.",
            "properties": {
              "givenName": {
                "type": "string",
                "minLength": 1
              },
              "familyName": {
                "type": "string",
                "minLength": 1
              }
            },
            "additionalProperties": false
          },
          "userType": {
            "type": "string",
            "enum": [
              "admin",
              "power",
              "standard"
            ],
            "description": "Role level: admin, power or standard user."
          },
          "role": {
            "type": "string",
            "minLength": 1,
            "description": "Power-user role name, e.g. Default (power users only)."
          },
          "authType": {
            "type": "string",
            "enum": [
              "ad",
              "sso",
              "egnyte"
            ],
            "description": "How the user signs in."
          },
          "sendInvite": {
            "type": "boolean",
            "description": "Send an invitation email when activating the user."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "description": "Numeric user id."
          },
          "userName": {
            "type": "string"
          },
          "externalId": {
            "type": [
              "string",
              "null"
            ]
          },
          "email": {
            "type": "string"
          },
          "name": {
            "type": "object",
            "properties": {
              "givenName": {
                "type": "string"
              },
              "familyName": {
                "type": "string"
              },
              "formatted": {
                "type": "string"
              }
            }
          },
          "active": {
            "type": "boolean",
            "description": "false when the user is deactivated."
          },
          "locked": {
            "type": "boolean"
          },
          "authType": {
            "type": "string",
            "enum": [
              "ad",
              "sso",
              "egnyte"
            ]
          },
          "userType": {
            "type": "string",
            "enum": [
              "admin",
              "power",
              "standard"
            ]
          },
          "role": {
            "type": [
              "string",
              "null"
            ]
          },
          "expiryDate": {
            "type": [
              "string",
              "null"
            ]
          },
          "groups": {
            "type": "array",
            "description": "Groups the user belongs to (value is the group UUID).",
            "items": {
              "type": "object",
              "properties": {
                "displayName": {
                  "type": "string"
                },
                "value": {
                  "type": "string"
                }
              }
            }
          }
        },
        "required": [
          "id",
          "userName",
          "email",
          "active"
        ]
      },
      "annotations": {
        "title": "Update an Egnyte user by id",
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": false,
        "openWorldHint": true
      },
      "tags": [
        "users"
      ],
      "kind": "update",
      "source": {
        "resource": "users",
        "method": "update"
      },
      "request": {
        "method": "PATCH",
        "path": "/pubapi/v2/users/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          },
          "active": {
            "in": "body",
            "name": "active"
          },
          "email": {
            "in": "body",
            "name": "email"
          },
          "name": {
            "in": "body",
            "name": "name"
          },
          "userType": {
            "in": "body",
            "name": "userType"
          },
          "role": {
            "in": "body",
            "name": "role"
          },
          "authType": {
            "in": "body",
            "name": "authType"
          },
          "sendInvite": {
            "in": "body",
            "name": "sendInvite"
          }
        }
      }
    },
    {
      "name": "update_egnyte_folder_options",
      "title": "Update Egnyte folder options",
      "description": "Change an Egnyte folder's options: description, whether links may be created, which public links are allowed, and whether move/delete is restricted. Returns the folder.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "minLength": 7,
            "maxLength": 4096,
            "pattern": "^/(Shared|Private)(/[^/]+)*$",
            "description": "Absolute folder path starting with /Shared or /Private, such as /Shared/Legal/Contracts (no trailing slash). Find one with get_egnyte_folder_or_file.",
            "x-identifier": {
              "kind": "folder_path",
              "label": "Egnyte folder path",
              "not": "a folder_id UUID or a URL",
              "findWith": "get_egnyte_folder_or_file"
            }
          },
          "folder_description": {
            "type": "string",
            "maxLength": 200,
            "description": "Folder description (at most 200 characters)."
          },
          "allow_links": {
            "type": "boolean",
            "description": "Whether share links may be created for this folder."
          },
          "public_links": {
            "type": "string",
            "enum": [
              "files_folders",
              "files",
              "disabled"
            ],
            "description": "Which public links are allowed: files_folders, files or disabled."
          },
          "restrict_move_delete": {
            "type": "boolean",
            "description": "true restricts moving and deleting content in this folder."
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "path": {
            "type": "string"
          },
          "is_folder": {
            "type": "boolean"
          },
          "folder_id": {
            "type": "string",
            "description": "Folders only."
          },
          "parent_id": {
            "type": [
              "string",
              "null"
            ]
          },
          "folder_description": {
            "type": "string"
          },
          "total_count": {
            "type": "integer",
            "description": "Number of entries in the folder."
          },
          "offset": {
            "type": "integer"
          },
          "folders": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "folder_id": {
                  "type": "string"
                }
              }
            }
          },
          "files": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "entry_id": {
                  "type": "string",
                  "description": "Current version id."
                },
                "group_id": {
                  "type": "string",
                  "description": "File id across versions."
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username of the uploader."
                },
                "locked": {
                  "type": "boolean"
                },
                "num_versions": {
                  "type": "integer"
                }
              }
            }
          },
          "size": {
            "type": "integer",
            "description": "Files only."
          },
          "checksum": {
            "type": "string",
            "description": "Files only (SHA-512)."
          },
          "entry_id": {
            "type": "string"
          },
          "group_id": {
            "type": "string"
          },
          "last_modified": {
            "type": "string"
          },
          "uploaded_by": {
            "type": "string"
          },
          "locked": {
            "type": "boolean"
          },
          "versions": {
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string"
                },
                "path": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "entry_id": {
                  "type": "string",
                  "description": "Current version id."
                },
                "group_id": {
                  "type": "string",
                  "description": "File id across versions."
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username of the uploader."
                },
                "locked": {
                  "type": "boolean"
                },
                "num_versions": {
                  "type": "integer"
                }
              }
            },
            "description": "Files only."
          }
        },
        "required": [
          "name",
          "path",
          "is_folder"
        ]
      },
      "annotations": {
        "title": "Update Egnyte folder options",
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": true
      },
      "tags": [
        "files"
      ],
      "kind": "custom",
      "source": {
        "resource": "fs",
        "method": "update_folder_options"
      },
      "request": {
        "method": "PATCH",
        "path": "/pubapi/v1/fs/{path}",
        "locations": {
          "path": {
            "in": "path",
            "name": "path",
            "multiSegment": true
          },
          "folder_description": {
            "in": "body",
            "name": "folder_description"
          },
          "allow_links": {
            "in": "body",
            "name": "allow_links"
          },
          "public_links": {
            "in": "body",
            "name": "public_links"
          },
          "restrict_move_delete": {
            "in": "body",
            "name": "restrict_move_delete"
          }
        }
      }
    }
  ]
};
/** Names of the generated tools. */
export type ToolName = "add_egnyte_group_members" | "copy_egnyte_folder_or_file" | "create_an_egnyte_group" | "create_an_egnyte_link" | "create_an_egnyte_user" | "create_egnyte_file_audit_report" | "create_egnyte_folder" | "create_egnyte_login_audit_report" | "create_egnyte_permission_audit_report" | "delete_an_egnyte_group_by_id" | "delete_an_egnyte_link_by_id" | "delete_an_egnyte_user_by_id" | "delete_egnyte_folder_or_file" | "get_egnyte_audit_report_status" | "get_egnyte_current_user" | "get_egnyte_events_cursor" | "get_egnyte_file_by_group_id" | "get_egnyte_folder_by_id" | "get_egnyte_folder_or_file" | "get_egnyte_folder_permissions" | "get_egnyte_user_effective_permission" | "get_single_egnyte_group_by_id" | "get_single_egnyte_link_by_id" | "get_single_egnyte_user_by_id" | "list_all_egnyte_audit_events" | "list_all_egnyte_events" | "list_all_egnyte_groups" | "list_all_egnyte_links" | "list_all_egnyte_users" | "list_egnyte_file_audit_entries" | "list_egnyte_link_details" | "list_egnyte_login_audit_entries" | "list_egnyte_permission_audit_entries" | "move_egnyte_folder_or_file" | "remove_egnyte_group_members" | "replace_egnyte_group" | "search_egnyte_files" | "set_egnyte_folder_permissions" | "update_an_egnyte_group_by_id" | "update_an_egnyte_user_by_id" | "update_egnyte_folder_options";

/** Tool name -> type of its arguments. */
export interface ToolInputs {
  add_egnyte_group_members: T.AddEgnyteGroupMembersInput;
  copy_egnyte_folder_or_file: T.CopyEgnyteFolderOrFileInput;
  create_an_egnyte_group: T.CreateAnEgnyteGroupInput;
  create_an_egnyte_link: T.CreateAnEgnyteLinkInput;
  create_an_egnyte_user: T.CreateAnEgnyteUserInput;
  create_egnyte_file_audit_report: T.CreateEgnyteFileAuditReportInput;
  create_egnyte_folder: T.CreateEgnyteFolderInput;
  create_egnyte_login_audit_report: T.CreateEgnyteLoginAuditReportInput;
  create_egnyte_permission_audit_report: T.CreateEgnytePermissionAuditReportInput;
  delete_an_egnyte_group_by_id: T.DeleteAnEgnyteGroupByIdInput;
  delete_an_egnyte_link_by_id: T.DeleteAnEgnyteLinkByIdInput;
  delete_an_egnyte_user_by_id: T.DeleteAnEgnyteUserByIdInput;
  delete_egnyte_folder_or_file: T.DeleteEgnyteFolderOrFileInput;
  get_egnyte_audit_report_status: T.GetEgnyteAuditReportStatusInput;
  get_egnyte_current_user: T.GetEgnyteCurrentUserInput;
  get_egnyte_events_cursor: T.GetEgnyteEventsCursorInput;
  get_egnyte_file_by_group_id: T.GetEgnyteFileByGroupIdInput;
  get_egnyte_folder_by_id: T.GetEgnyteFolderByIdInput;
  get_egnyte_folder_or_file: T.GetEgnyteFolderOrFileInput;
  get_egnyte_folder_permissions: T.GetEgnyteFolderPermissionsInput;
  get_egnyte_user_effective_permission: T.GetEgnyteUserEffectivePermissionInput;
  get_single_egnyte_group_by_id: T.GetSingleEgnyteGroupByIdInput;
  get_single_egnyte_link_by_id: T.GetSingleEgnyteLinkByIdInput;
  get_single_egnyte_user_by_id: T.GetSingleEgnyteUserByIdInput;
  list_all_egnyte_audit_events: T.ListAllEgnyteAuditEventsInput;
  list_all_egnyte_events: T.ListAllEgnyteEventsInput;
  list_all_egnyte_groups: T.ListAllEgnyteGroupsInput;
  list_all_egnyte_links: T.ListAllEgnyteLinksInput;
  list_all_egnyte_users: T.ListAllEgnyteUsersInput;
  list_egnyte_file_audit_entries: T.ListEgnyteFileAuditEntriesInput;
  list_egnyte_link_details: T.ListEgnyteLinkDetailsInput;
  list_egnyte_login_audit_entries: T.ListEgnyteLoginAuditEntriesInput;
  list_egnyte_permission_audit_entries: T.ListEgnytePermissionAuditEntriesInput;
  move_egnyte_folder_or_file: T.MoveEgnyteFolderOrFileInput;
  remove_egnyte_group_members: T.RemoveEgnyteGroupMembersInput;
  replace_egnyte_group: T.ReplaceEgnyteGroupInput;
  search_egnyte_files: T.SearchEgnyteFilesInput;
  set_egnyte_folder_permissions: T.SetEgnyteFolderPermissionsInput;
  update_an_egnyte_group_by_id: T.UpdateAnEgnyteGroupByIdInput;
  update_an_egnyte_user_by_id: T.UpdateAnEgnyteUserByIdInput;
  update_egnyte_folder_options: T.UpdateEgnyteFolderOptionsInput;
}

/** Tool name -> type of its structured result (tools with an output schema). */
export interface ToolOutputs {
  add_egnyte_group_members: T.AddEgnyteGroupMembersOutput;
  copy_egnyte_folder_or_file: T.CopyEgnyteFolderOrFileOutput;
  create_an_egnyte_group: T.CreateAnEgnyteGroupOutput;
  create_an_egnyte_link: T.CreateAnEgnyteLinkOutput;
  create_an_egnyte_user: T.CreateAnEgnyteUserOutput;
  create_egnyte_file_audit_report: T.CreateEgnyteFileAuditReportOutput;
  create_egnyte_folder: T.CreateEgnyteFolderOutput;
  create_egnyte_login_audit_report: T.CreateEgnyteLoginAuditReportOutput;
  create_egnyte_permission_audit_report: T.CreateEgnytePermissionAuditReportOutput;
  delete_an_egnyte_group_by_id: T.DeleteAnEgnyteGroupByIdOutput;
  delete_an_egnyte_link_by_id: T.DeleteAnEgnyteLinkByIdOutput;
  delete_an_egnyte_user_by_id: T.DeleteAnEgnyteUserByIdOutput;
  delete_egnyte_folder_or_file: T.DeleteEgnyteFolderOrFileOutput;
  get_egnyte_audit_report_status: T.GetEgnyteAuditReportStatusOutput;
  get_egnyte_current_user: T.GetEgnyteCurrentUserOutput;
  get_egnyte_events_cursor: T.GetEgnyteEventsCursorOutput;
  get_egnyte_file_by_group_id: T.GetEgnyteFileByGroupIdOutput;
  get_egnyte_folder_by_id: T.GetEgnyteFolderByIdOutput;
  get_egnyte_folder_or_file: T.GetEgnyteFolderOrFileOutput;
  get_egnyte_folder_permissions: T.GetEgnyteFolderPermissionsOutput;
  get_egnyte_user_effective_permission: T.GetEgnyteUserEffectivePermissionOutput;
  get_single_egnyte_group_by_id: T.GetSingleEgnyteGroupByIdOutput;
  get_single_egnyte_link_by_id: T.GetSingleEgnyteLinkByIdOutput;
  get_single_egnyte_user_by_id: T.GetSingleEgnyteUserByIdOutput;
  list_all_egnyte_audit_events: T.ListAllEgnyteAuditEventsOutput;
  list_all_egnyte_events: T.ListAllEgnyteEventsOutput;
  list_all_egnyte_groups: T.ListAllEgnyteGroupsOutput;
  list_all_egnyte_links: T.ListAllEgnyteLinksOutput;
  list_all_egnyte_users: T.ListAllEgnyteUsersOutput;
  list_egnyte_file_audit_entries: T.ListEgnyteFileAuditEntriesOutput;
  list_egnyte_link_details: T.ListEgnyteLinkDetailsOutput;
  list_egnyte_login_audit_entries: T.ListEgnyteLoginAuditEntriesOutput;
  list_egnyte_permission_audit_entries: T.ListEgnytePermissionAuditEntriesOutput;
  move_egnyte_folder_or_file: T.MoveEgnyteFolderOrFileOutput;
  remove_egnyte_group_members: T.RemoveEgnyteGroupMembersOutput;
  replace_egnyte_group: T.ReplaceEgnyteGroupOutput;
  search_egnyte_files: T.SearchEgnyteFilesOutput;
  set_egnyte_folder_permissions: T.SetEgnyteFolderPermissionsOutput;
  update_an_egnyte_group_by_id: T.UpdateAnEgnyteGroupByIdOutput;
  update_an_egnyte_user_by_id: T.UpdateAnEgnyteUserByIdOutput;
  update_egnyte_folder_options: T.UpdateEgnyteFolderOptionsOutput;
}
