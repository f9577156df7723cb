// Generated from specs/egnyte by `npm run generate`. Do not edit: change the specs and regenerate.
import type { ServerData } from "saas-mcp-runtime";
import type * as T from "./types.gen.js";
/** Everything the server serves: integration settings and every tool with its request template. */
export const serverData: ServerData = {
  "dataContract": 1,
  "version": "0.2.0",
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
      "description": "Add users to an Egnyte group by numeric user id; existing members stay.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Group UUID. Find one with list_all_egnyte_groups."
          },
          "members": {
            "type": "array",
            "description": "Users to add.",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "description": "Numeric user id. Find one with list_all_egnyte_users."
                }
              },
              "required": [
                "value"
              ]
            }
          }
        },
        "required": [
          "id",
          "members"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "group_id",
            "label": "Egnyte group id (UUID)",
            "not": "the group's display name",
            "findWith": "list_all_egnyte_groups"
          }
        },
        "/properties/members": {
          "minItems": 1
        },
        "/properties/members/items": {
          "additionalProperties": false
        },
        "/properties/members/items/properties/value": {
          "minimum": 1,
          "maximum": 9007199254740991,
          "x-identifier": {
            "kind": "user_id",
            "label": "numeric Egnyte user id",
            "not": "the username or email",
            "notWhen": "^(?![-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$).*[A-Za-z@]",
            "findWith": "list_all_egnyte_users"
          }
        }
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
                  "description": "Numeric user id."
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
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Copy an Egnyte folder (with contents) or file to a new path.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "description": "Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files."
          },
          "destination": {
            "type": "string",
            "description": "Full path of the copy, e.g. /Shared/Sales/NDA.pdf."
          }
        },
        "required": [
          "path",
          "destination"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/path": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "item_path",
            "label": "Egnyte folder or file path",
            "not": "a folder_id, group_id or URL",
            "findWith": "search_egnyte_files"
          }
        },
        "/properties/destination": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "item_path",
            "label": "Egnyte folder or file path",
            "not": "a folder_id, group_id or URL"
          }
        }
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
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": false
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
      "description": "Create an Egnyte custom group (unique name), optionally with members; returns its UUID.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "displayName": {
            "type": "string",
            "description": "Display name of the new group."
          },
          "members": {
            "type": "array",
            "description": "Initial members.",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "description": "Numeric user id. Find one with list_all_egnyte_users."
                }
              },
              "required": [
                "value"
              ]
            }
          }
        },
        "required": [
          "displayName"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/displayName": {
          "minLength": 1,
          "maxLength": 200
        },
        "/properties/members/items": {
          "additionalProperties": false
        },
        "/properties/members/items/properties/value": {
          "minimum": 1,
          "maximum": 9007199254740991,
          "x-identifier": {
            "kind": "user_id",
            "label": "numeric Egnyte user id",
            "not": "the username or email",
            "notWhen": "^(?![-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$).*[A-Za-z@]",
            "findWith": "list_all_egnyte_users"
          }
        }
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
                  "description": "Numeric user id."
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
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": false
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
      "description": "Create a share or upload link to an Egnyte file or folder; returns its url. Anyone links are public; send_email emails the recipients.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "description": "What to share. Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files."
          },
          "type": {
            "type": "string",
            "enum": [
              "file",
              "folder",
              "upload"
            ],
            "description": "upload lets others upload to a folder."
          },
          "accessibility": {
            "type": "string",
            "enum": [
              "anyone",
              "password",
              "domain",
              "recipients"
            ],
            "description": "Who can open it (domain: signed-in users)."
          },
          "send_email": {
            "type": "boolean",
            "description": "Email it to the recipients."
          },
          "recipients": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "email"
            },
            "description": "Email addresses to send it to."
          },
          "message": {
            "type": "string",
            "description": "Message in the email."
          },
          "copy_me": {
            "type": "boolean",
            "description": "Email the caller a copy."
          },
          "notify": {
            "type": "boolean",
            "description": "Tell the creator when it is opened."
          },
          "link_to_current": {
            "type": "boolean",
            "description": "Files: link this version, not the latest."
          },
          "expiry_date": {
            "type": "string",
            "format": "date",
            "description": "Day it expires; not with expiry_clicks."
          },
          "expiry_clicks": {
            "type": "integer",
            "maximum": 10,
            "description": "Clicks until it expires."
          },
          "add_file_name": {
            "type": "boolean",
            "description": "Append the file name to the URL."
          },
          "password": {
            "type": "string",
            "description": "Password (accessibility password)."
          },
          "protection": {
            "type": "string",
            "enum": [
              "NONE",
              "PREVIEW"
            ],
            "description": "PREVIEW: view only, no download."
          }
        },
        "required": [
          "path",
          "type",
          "accessibility"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/path": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "item_path",
            "label": "Egnyte folder or file path",
            "not": "a folder_id, group_id or URL",
            "findWith": "search_egnyte_files"
          }
        },
        "/properties/message": {
          "maxLength": 2000
        },
        "/properties/expiry_clicks": {
          "minimum": 1
        },
        "/properties/password": {
          "minLength": 1
        }
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
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
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
      "description": "Create an Egnyte user (admin only); returns its numeric id. userName and externalId are permanent; sendInvite emails an invitation.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "userName": {
            "type": "string",
            "description": "Login name, unique in the domain."
          },
          "externalId": {
            "type": "string",
            "description": "Your permanent id for the user."
          },
          "email": {
            "type": "string",
            "format": "email",
            "description": "Email address of the user."
          },
          "name": {
            "type": "object",
            "description": "givenName and familyName.",
            "properties": {
              "givenName": {
                "type": "string"
              },
              "familyName": {
                "type": "string"
              }
            },
            "required": [
              "givenName",
              "familyName"
            ]
          },
          "active": {
            "type": "boolean",
            "description": "false creates it deactivated."
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
          "userType": {
            "type": "string",
            "enum": [
              "admin",
              "power",
              "standard"
            ],
            "description": "Role level of the user."
          },
          "sendInvite": {
            "type": "boolean",
            "description": "Email an invitation (active users)."
          },
          "role": {
            "type": "string",
            "description": "Power-user role name, e.g. Default."
          },
          "idpUserId": {
            "type": "string",
            "description": "SSO subject (authType sso)."
          },
          "userPrincipalName": {
            "type": "string",
            "description": "Active Directory UPN (authType ad)."
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
      "argumentChecks": {
        "/properties/userName": {
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
          "x-identifier": {
            "kind": "username",
            "label": "Egnyte username",
            "not": "the numeric user id or the email"
          }
        },
        "/properties/externalId": {
          "minLength": 1,
          "maxLength": 500
        },
        "/properties/name": {
          "additionalProperties": false
        },
        "/properties/name/properties/givenName": {
          "minLength": 1
        },
        "/properties/name/properties/familyName": {
          "minLength": 1
        },
        "/properties/role": {
          "minLength": 1
        },
        "/properties/idpUserId": {
          "minLength": 1
        },
        "/properties/userPrincipalName": {
          "minLength": 1
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer"
          },
          "userName": {
            "type": "string"
          },
          "externalId": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
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
            "type": "boolean"
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
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "expiryDate": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "groups": {
            "type": "array",
            "description": "value is the group UUID.",
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
        }
      },
      "annotations": {
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
      "description": "Start a file audit report (who read, changed, moved or deleted files); returns a job id for get_egnyte_audit_report_status, then list_egnyte_file_audit_entries.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "date_start": {
            "type": "string",
            "description": "Start day (YYYY-MM-DD)."
          },
          "date_end": {
            "type": "string",
            "description": "End day (YYYY-MM-DD)."
          },
          "folders": {
            "type": "array",
            "items": {
              "type": "string",
              "description": "Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file."
            },
            "description": "Folders to report on, with subfolders."
          },
          "file": {
            "type": "string",
            "description": "A file; a trailing * matches any ending. Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files."
          },
          "users": {
            "type": "array",
            "items": {
              "type": "string",
              "description": "Username, e.g. jmiller. Find one with list_all_egnyte_users."
            },
            "description": "Only activity of these users."
          },
          "transaction_type": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Only these transaction types."
          }
        },
        "required": [
          "date_start",
          "date_end"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/date_start": {
          "pattern": "^\\d{4}-\\d{2}-\\d{2}"
        },
        "/properties/date_end": {
          "pattern": "^\\d{4}-\\d{2}-\\d{2}"
        },
        "/properties/folders/items": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "folder_path",
            "label": "Egnyte folder path",
            "not": "a folder_id UUID or a URL",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/file": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "item_path",
            "label": "Egnyte folder or file path",
            "not": "a folder_id, group_id or URL",
            "findWith": "search_egnyte_files"
          }
        },
        "/properties/users/items": {
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
          "x-identifier": {
            "kind": "username",
            "label": "Egnyte username",
            "not": "the numeric user id or the email",
            "findWith": "list_all_egnyte_users"
          }
        },
        "/properties/transaction_type/items": {
          "minLength": 1
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          }
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": false
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
      "description": "Create a folder (the parent must exist); returns its folder_id.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "description": "Folder path, e.g. /Shared/Legal."
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/path": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "folder_path",
            "label": "Egnyte folder path",
            "not": "a folder_id UUID or a URL"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "folder_id": {
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": false
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
      "description": "Start a login audit report (logins, lockouts, password resets, failures); returns a job id for get_egnyte_audit_report_status, then list_egnyte_login_audit_entries.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "date_start": {
            "type": "string",
            "description": "Start day (YYYY-MM-DD)."
          },
          "date_end": {
            "type": "string",
            "description": "End day (YYYY-MM-DD)."
          },
          "events": {
            "type": "array",
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
              "description": "Username, e.g. jmiller. Find one with list_all_egnyte_users."
            },
            "description": "Only activity of these users."
          }
        },
        "required": [
          "date_start",
          "date_end",
          "events"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/date_start": {
          "pattern": "^\\d{4}-\\d{2}-\\d{2}"
        },
        "/properties/date_end": {
          "pattern": "^\\d{4}-\\d{2}-\\d{2}"
        },
        "/properties/events": {
          "minItems": 1
        },
        "/properties/users/items": {
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
          "x-identifier": {
            "kind": "username",
            "label": "Egnyte username",
            "not": "the numeric user id or the email",
            "findWith": "list_all_egnyte_users"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          }
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": false
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
      "description": "Start a permission audit report (who granted or removed folder access); returns a job id for get_egnyte_audit_report_status, then list_egnyte_permission_audit_entries.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "date_start": {
            "type": "string",
            "description": "Start day (YYYY-MM-DD)."
          },
          "date_end": {
            "type": "string",
            "description": "End day (YYYY-MM-DD)."
          },
          "folders": {
            "type": "array",
            "items": {
              "type": "string",
              "description": "Folder path under /Shared. Find one with get_egnyte_folder_or_file."
            },
            "description": "Only changes on these folders."
          },
          "assigners": {
            "type": "array",
            "items": {
              "type": "string",
              "description": "Username, e.g. jmiller. Find one with list_all_egnyte_users."
            },
            "description": "Only changes made by these users."
          },
          "assignee_users": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "Only changes to these users' access."
          },
          "assignee_groups": {
            "type": "array",
            "items": {
              "type": "string",
              "description": "Group display name. Find one with list_all_egnyte_groups."
            },
            "description": "Only changes to these groups' access."
          }
        },
        "required": [
          "date_start",
          "date_end"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/date_start": {
          "pattern": "^\\d{4}-\\d{2}-\\d{2}"
        },
        "/properties/date_end": {
          "pattern": "^\\d{4}-\\d{2}-\\d{2}"
        },
        "/properties/folders/items": {
          "minLength": 9,
          "maxLength": 4096,
          "pattern": "^/Shared(/[^/]+)+$",
          "x-identifier": {
            "kind": "shared_folder_path",
            "label": "Egnyte shared folder path",
            "not": "a /Private path or a folder_id",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/assigners/items": {
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
          "x-identifier": {
            "kind": "username",
            "label": "Egnyte username",
            "not": "the numeric user id or the email",
            "findWith": "list_all_egnyte_users"
          }
        },
        "/properties/assignee_users/items": {
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
          "x-identifier": {
            "kind": "username",
            "label": "Egnyte username",
            "not": "the numeric user id or the email",
            "findWith": "list_all_egnyte_users"
          }
        },
        "/properties/assignee_groups/items": {
          "minLength": 1,
          "maxLength": 200,
          "x-identifier": {
            "kind": "group_name",
            "label": "Egnyte group display name",
            "not": "the group UUID",
            "findWith": "list_all_egnyte_groups"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          }
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": false
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
      "name": "delete_an_egnyte_comment_by_id",
      "title": "Delete an Egnyte comment by id",
      "description": "Delete an Egnyte comment (moderation); it cannot be brought back.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Comment UUID. Find one with list_egnyte_comments."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "comment_id",
            "label": "Egnyte comment id (UUID)",
            "not": "a file group_id or an event id",
            "findWith": "list_egnyte_comments"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "ok": {
            "type": "boolean"
          }
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "comments"
      ],
      "kind": "delete",
      "source": {
        "resource": "comments",
        "method": "delete"
      },
      "request": {
        "method": "DELETE",
        "path": "/pubapi/v1/notes/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        }
      }
    },
    {
      "name": "delete_an_egnyte_group_by_id",
      "title": "Delete an Egnyte group by id",
      "description": "Delete an Egnyte group; its members lose the access it granted, their accounts stay.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Group UUID. Find one with list_all_egnyte_groups."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "group_id",
            "label": "Egnyte group id (UUID)",
            "not": "the group's display name",
            "findWith": "list_all_egnyte_groups"
          }
        }
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
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Delete an Egnyte share link; its URL stops working for everyone.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "Link id (not the URL). Find one with list_all_egnyte_links."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "minLength": 1,
          "maxLength": 128,
          "pattern": "^[^/\\s]+$",
          "x-identifier": {
            "kind": "link_id",
            "label": "Egnyte link id",
            "not": "the link URL or the shared path",
            "findWith": "list_all_egnyte_links"
          }
        }
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
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Permanently delete an Egnyte user. To offboard but keep the account and files, use update_an_egnyte_user_by_id with active false.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "description": "Numeric user id. Find one with list_all_egnyte_users."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "minimum": 1,
          "maximum": 9007199254740991,
          "x-identifier": {
            "kind": "user_id",
            "label": "numeric Egnyte user id",
            "not": "the username or email",
            "notWhen": "^(?![-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$).*[A-Za-z@]",
            "findWith": "list_all_egnyte_users"
          }
        }
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
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Delete an Egnyte folder (with everything in it) or file, or one file version (entry_id).",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "description": "Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files."
          },
          "entry_id": {
            "type": "string",
            "format": "uuid",
            "description": "Files only: delete just this version. File version entry_id UUID. Find one with get_egnyte_folder_or_file."
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/path": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "item_path",
            "label": "Egnyte folder or file path",
            "not": "a folder_id, group_id or URL",
            "findWith": "search_egnyte_files"
          }
        },
        "/properties/entry_id": {
          "x-identifier": {
            "kind": "file_entry_id",
            "label": "Egnyte file version entry_id (UUID)",
            "not": "the file group_id",
            "findWith": "get_egnyte_folder_or_file"
          }
        }
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
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Check an audit report job: status running (poll at most every 2 minutes), or an upstream_error with status 303 when ready: then read its list_egnyte_*_audit_entries tool.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "Audit report job id. Find one with create_egnyte_file_audit_report."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^/\\s]+$",
          "x-identifier": {
            "kind": "audit_job_id",
            "label": "Egnyte audit report job id",
            "not": "an event id or audit cursor",
            "findWith": "create_egnyte_file_audit_report"
          }
        }
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
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "get_egnyte_audit_settings",
      "title": "Get Egnyte audit settings",
      "description": "Get Egnyte audit settings (whether audit reports are archived).",
      "inputSchema": {
        "type": "object",
        "properties": {},
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "archive_audit_reports": {
            "type": "boolean"
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "settings"
      ],
      "kind": "custom",
      "source": {
        "resource": "domain_settings",
        "method": "get_audit_settings"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/audit/settings",
        "locations": {}
      }
    },
    {
      "name": "get_egnyte_current_user",
      "title": "Get Egnyte current user",
      "description": "Get the Egnyte user this server acts as (the token's owner), e.g. to check for admin rights.",
      "inputSchema": {
        "type": "object",
        "properties": {},
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer"
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
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Get the range of Egnyte event ids: latest_event_id (to follow new activity) and oldest_event_id.",
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
            "type": "integer"
          },
          "oldest_event_id": {
            "type": "integer"
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Get an Egnyte file's metadata, current path and versions by group_id.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "group_id": {
            "type": "string",
            "format": "uuid",
            "description": "File group_id UUID. Find one with get_egnyte_folder_or_file."
          }
        },
        "required": [
          "group_id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/group_id": {
          "x-identifier": {
            "kind": "file_group_id",
            "label": "Egnyte file group_id (UUID)",
            "not": "an Egnyte user-group id or a version entry_id",
            "findWith": "get_egnyte_folder_or_file"
          }
        }
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
            "type": "string"
          },
          "parent_id": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "folder_description": {
            "type": "string"
          },
          "total_count": {
            "type": "integer"
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
                  "type": "string"
                },
                "group_id": {
                  "type": "string"
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username."
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
            "type": "integer"
          },
          "checksum": {
            "type": "string"
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
                "entry_id": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "get_egnyte_file_metadata",
      "title": "Get Egnyte file metadata",
      "description": "Get an Egnyte file's values in one metadata namespace.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "File group_id UUID. Find one with get_egnyte_folder_or_file."
          },
          "namespace": {
            "type": "string",
            "description": "Namespace name."
          }
        },
        "required": [
          "id",
          "namespace"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "file_group_id",
            "label": "Egnyte file group_id (UUID)",
            "not": "an Egnyte user-group id or a version entry_id",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/namespace": {
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^/]+$",
          "x-identifier": {
            "kind": "metadata_namespace",
            "label": "Egnyte metadata namespace name",
            "not": "its display name"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "results": {
            "type": "array",
            "items": {
              "type": "object"
            }
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "metadata"
      ],
      "kind": "custom",
      "source": {
        "resource": "metadata_namespaces",
        "method": "get_file_metadata"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/fs/ids/file/{id}/properties/{namespace}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          },
          "namespace": {
            "in": "path",
            "name": "namespace"
          }
        }
      }
    },
    {
      "name": "get_egnyte_folder_by_id",
      "title": "Get Egnyte folder by id",
      "description": "Get an Egnyte folder and its contents by folder_id (from an event or a link).",
      "inputSchema": {
        "type": "object",
        "properties": {
          "folder_id": {
            "type": "string",
            "format": "uuid",
            "description": "folder_id UUID. Find one with get_egnyte_folder_or_file."
          },
          "list_content": {
            "type": "boolean",
            "description": "Include subfolders and files (default true)."
          },
          "offset": {
            "type": "integer",
            "description": "0-based index of the first entry to return."
          },
          "count": {
            "type": "integer",
            "maximum": 1000,
            "description": "Number of entries, e.g. 100."
          }
        },
        "required": [
          "folder_id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/folder_id": {
          "x-identifier": {
            "kind": "folder_id",
            "label": "Egnyte folder id (UUID)",
            "not": "the folder path or a file group_id",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/offset": {
          "minimum": 0
        },
        "/properties/count": {
          "minimum": 1
        }
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
            "type": "string"
          },
          "parent_id": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "folder_description": {
            "type": "string"
          },
          "total_count": {
            "type": "integer"
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
                  "type": "string"
                },
                "group_id": {
                  "type": "string"
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username."
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
            "type": "integer"
          },
          "checksum": {
            "type": "string"
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
                "entry_id": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "get_egnyte_folder_metadata",
      "title": "Get Egnyte folder metadata",
      "description": "Get an Egnyte folder's values in one metadata namespace.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "folder_id UUID. Find one with get_egnyte_folder_or_file."
          },
          "namespace": {
            "type": "string",
            "description": "Namespace name."
          }
        },
        "required": [
          "id",
          "namespace"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "folder_id",
            "label": "Egnyte folder id (UUID)",
            "not": "the folder path or a file group_id",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/namespace": {
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^/]+$",
          "x-identifier": {
            "kind": "metadata_namespace",
            "label": "Egnyte metadata namespace name",
            "not": "its display name"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "results": {
            "type": "array",
            "items": {
              "type": "object"
            }
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "metadata"
      ],
      "kind": "custom",
      "source": {
        "resource": "metadata_namespaces",
        "method": "get_folder_metadata"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/fs/ids/folder/{id}/properties/{namespace}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          },
          "namespace": {
            "in": "path",
            "name": "namespace"
          }
        }
      }
    },
    {
      "name": "get_egnyte_folder_or_file",
      "title": "Get Egnyte folder or file",
      "description": "Get an Egnyte folder (with its contents) or file (with versions) by path. Browse from /Shared or /Private.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "description": "Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files."
          },
          "list_content": {
            "type": "boolean",
            "description": "Folders: include contents (default true)."
          },
          "offset": {
            "type": "integer",
            "description": "Folders: 0-based first entry; page on while below total_count."
          },
          "count": {
            "type": "integer",
            "maximum": 1000,
            "description": "Folders: number of entries, e.g. 100."
          },
          "sort_by": {
            "type": "string",
            "enum": [
              "name",
              "last_modified",
              "uploaded_by",
              "size"
            ],
            "description": "Folders: sort entries by this field."
          },
          "sort_direction": {
            "type": "string",
            "enum": [
              "ascending",
              "descending"
            ],
            "description": "Folders: sort order of entries."
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/path": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "item_path",
            "label": "Egnyte folder or file path",
            "not": "a folder_id, group_id or URL",
            "findWith": "search_egnyte_files"
          }
        },
        "/properties/offset": {
          "minimum": 0
        },
        "/properties/count": {
          "minimum": 1
        }
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
            "type": "string"
          },
          "parent_id": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "folder_description": {
            "type": "string"
          },
          "total_count": {
            "type": "integer"
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
                  "type": "string"
                },
                "group_id": {
                  "type": "string"
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username."
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
            "type": "integer"
          },
          "checksum": {
            "type": "string"
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
                "entry_id": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Get the permissions set on an Egnyte folder under /Shared: levels per username and group, plus inheritance. One person's resulting access: get_egnyte_user_effective_permission.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "description": "Folder path under /Shared. Find one with get_egnyte_folder_or_file."
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/path": {
          "minLength": 9,
          "maxLength": 4096,
          "pattern": "^/Shared(/[^/]+)+$",
          "x-identifier": {
            "kind": "shared_folder_path",
            "label": "Egnyte shared folder path",
            "not": "a /Private path or a folder_id",
            "findWith": "get_egnyte_folder_or_file"
          }
        }
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
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "get_egnyte_license_settings",
      "title": "Get Egnyte license settings",
      "description": "Get Egnyte licence count, SSO and power-user rights (admins).",
      "inputSchema": {
        "type": "object",
        "properties": {},
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "licenses": {
            "type": "integer"
          },
          "sso_enabled": {
            "type": "boolean"
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "settings"
      ],
      "kind": "custom",
      "source": {
        "resource": "domain_settings",
        "method": "get_license_settings"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v2/users/settings",
        "locations": {}
      }
    },
    {
      "name": "get_egnyte_link_policy",
      "title": "Get Egnyte link policy",
      "description": "Get the Egnyte link policy: allowed audiences per file and folder link and expiry rules; no file_links means sharing is off.",
      "inputSchema": {
        "type": "object",
        "properties": {},
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "expiration": {
            "type": "object"
          },
          "file_links": {
            "type": "object"
          },
          "folder_links": {
            "type": "object"
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "settings"
      ],
      "kind": "custom",
      "source": {
        "resource": "domain_settings",
        "method": "get_link_policy"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/links/settings",
        "locations": {}
      }
    },
    {
      "name": "get_egnyte_storage_usage",
      "title": "Get Egnyte storage usage",
      "description": "Get Egnyte domain storage use (used and total).",
      "inputSchema": {
        "type": "object",
        "properties": {},
        "additionalProperties": false
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "total": {
            "type": "number"
          },
          "used": {
            "type": "number"
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "settings"
      ],
      "kind": "custom",
      "source": {
        "resource": "domain_settings",
        "method": "get_storage_usage"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/fs/settings",
        "locations": {}
      }
    },
    {
      "name": "get_egnyte_user_effective_permission",
      "title": "Get Egnyte user effective permission",
      "description": "Get a user's effective permission level on a folder (direct, group and inherited grants).",
      "inputSchema": {
        "type": "object",
        "properties": {
          "username": {
            "type": "string",
            "description": "Username, e.g. jmiller. Find one with list_all_egnyte_users."
          },
          "folder": {
            "type": "string",
            "description": "Folder to check. Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file."
          }
        },
        "required": [
          "username",
          "folder"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/username": {
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
          "x-identifier": {
            "kind": "username",
            "label": "Egnyte username",
            "not": "the numeric user id or the email",
            "findWith": "list_all_egnyte_users"
          }
        },
        "/properties/folder": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "folder_path",
            "label": "Egnyte folder path",
            "not": "a folder_id UUID or a URL",
            "findWith": "get_egnyte_folder_or_file"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "permission": {
            "type": "string",
            "description": "None, Viewer, Editor, Full or Owner."
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "get_single_egnyte_comment_by_id",
      "title": "Get single Egnyte comment by id",
      "description": "Get one Egnyte comment (text, author, file path, time).",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Comment UUID. Find one with list_egnyte_comments."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "comment_id",
            "label": "Egnyte comment id (UUID)",
            "not": "a file group_id or an event id",
            "findWith": "list_egnyte_comments"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "message": {
            "type": "string"
          },
          "username": {
            "type": "string"
          },
          "file_path": {
            "type": "string"
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "comments"
      ],
      "kind": "get",
      "source": {
        "resource": "comments",
        "method": "get"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/notes/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        }
      }
    },
    {
      "name": "get_single_egnyte_group_by_id",
      "title": "Get single Egnyte group by id",
      "description": "Get an Egnyte group with its members (value: numeric user id); get_single_egnyte_user_by_id tells a member's role and status.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Group UUID. Find one with list_all_egnyte_groups."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "group_id",
            "label": "Egnyte group id (UUID)",
            "not": "the group's display name",
            "findWith": "list_all_egnyte_groups"
          }
        }
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
                  "description": "Numeric user id."
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
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Get an Egnyte share link: url, path, audience, recipients, creator and expiry.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "Link id (not the URL). Find one with list_all_egnyte_links."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "minLength": 1,
          "maxLength": 128,
          "pattern": "^[^/\\s]+$",
          "x-identifier": {
            "kind": "link_id",
            "label": "Egnyte link id",
            "not": "the link URL or the shared path",
            "findWith": "list_all_egnyte_links"
          }
        }
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
          "recipients": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "creation_date": {
            "type": "string"
          },
          "created_by": {
            "type": "string",
            "description": "Username."
          },
          "resource_id": {
            "type": "string",
            "description": "group_id of the file or folder_id of the folder."
          },
          "expiry_date": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "protection": {
            "type": "string"
          },
          "notify": {
            "type": "boolean"
          },
          "link_to_current": {
            "type": "boolean"
          },
          "expiry_clicks": {
            "anyOf": [
              {
                "type": "integer"
              },
              {
                "type": "string"
              }
            ],
            "description": "Clicks left."
          },
          "last_accessed": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "get_single_egnyte_project_folder_by_id",
      "title": "Get single Egnyte project folder by id",
      "description": "Get an Egnyte project folder record (folder, name, status, dates).",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Project record UUID. Find one with list_egnyte_project_folders."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "project_folder_id",
            "label": "Egnyte project folder id (UUID)",
            "not": "the folder_id or the customer's project code",
            "findWith": "list_egnyte_project_folders"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "rootFolderId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "status": {
            "type": "string"
          },
          "completionDate": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "projects"
      ],
      "kind": "get",
      "source": {
        "resource": "project_folders",
        "method": "get"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v2/project-folders/{id}",
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
      "description": "Get an Egnyte user: profile, active flag, userType, role and groups.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "description": "Numeric user id. Find one with list_all_egnyte_users."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "minimum": 1,
          "maximum": 9007199254740991,
          "x-identifier": {
            "kind": "user_id",
            "label": "numeric Egnyte user id",
            "not": "the username or email",
            "notWhen": "^(?![-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$).*[A-Za-z@]",
            "findWith": "list_all_egnyte_users"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer"
          },
          "userName": {
            "type": "string"
          },
          "externalId": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
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
            "type": "boolean"
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
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "expiryDate": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "groups": {
            "type": "array",
            "description": "value is the group UUID.",
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
        }
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Read Egnyte's audit stream: 7 days of file, login, permission, user and group activity; startDate on the first call. About 10 calls a minute. Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "startDate": {
            "type": "string",
            "format": "date-time",
            "description": "Start (ISO-8601, last 7 days), unless stream_cursor is given."
          },
          "endDate": {
            "type": "string",
            "format": "date-time",
            "description": "End (ISO-8601); default now."
          },
          "auditType": {
            "type": "string",
            "description": "Activity kind, e.g. FILE_AUDIT, LOGIN_AUDIT or USER_AUDIT."
          },
          "stream_cursor": {
            "type": "string",
            "description": "Resume a saved stream instead of startDate. Raw Egnyte audit nextCursor."
          },
          "next_cursor": {
            "type": "string"
          }
        },
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/auditType": {
          "pattern": "^[A-Z_]+$"
        },
        "/properties/stream_cursor": {
          "minLength": 1,
          "maxLength": 4096,
          "x-identifier": {
            "kind": "audit_cursor",
            "label": "Egnyte audit stream cursor",
            "not": "this server's next_cursor"
          }
        },
        "/properties/next_cursor": {
          "minLength": 1
        }
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
                  "type": "string"
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
            }
          },
          "next_cursor": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "data",
          "next_cursor"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "List Egnyte file and note events (create, delete, move, copy, rename, restore) after an event id; an expired id gives a 404 (get a fresh one from get_egnyte_events_cursor). Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "description": "Events after this id (oldest_event_id: all). Event id. Find one with get_egnyte_events_cursor."
          },
          "folder": {
            "type": "string",
            "description": "Only events under this folder. Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file."
          },
          "type": {
            "type": "string",
            "description": "file_system, note or file_system|note."
          },
          "suppress": {
            "type": "string",
            "enum": [
              "app",
              "user"
            ],
            "description": "Leave out events of this app or of the caller."
          },
          "limit": {
            "type": "integer",
            "maximum": 100,
            "description": "Items per page."
          },
          "next_cursor": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "minimum": 0,
          "maximum": 9007199254740991,
          "x-identifier": {
            "kind": "event_id",
            "label": "Egnyte event id",
            "not": "a timestamp or audit cursor",
            "findWith": "get_egnyte_events_cursor"
          }
        },
        "/properties/folder": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "folder_path",
            "label": "Egnyte folder path",
            "not": "a folder_id UUID or a URL",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/type": {
          "pattern": "^(file_system|note)(\\|(file_system|note))*$"
        },
        "/properties/limit": {
          "minimum": 1
        },
        "/properties/next_cursor": {
          "minLength": 1
        }
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
                  "type": "integer"
                },
                "timestamp": {
                  "type": "string"
                },
                "actor": {
                  "type": "integer",
                  "description": "Numeric user id of who did it."
                },
                "action_source": {
                  "type": "string"
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
              }
            }
          },
          "next_cursor": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "data",
          "next_cursor"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "List Egnyte custom groups (UUID, name) or resolve a name to its id with a filter; no members, no built-in groups. Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "filter": {
            "type": "string",
            "description": "displayName with eq, co (contains) or sw (starts with), e.g. displayName eq \"External Agency\"."
          },
          "limit": {
            "type": "integer",
            "maximum": 100,
            "description": "Items per page."
          },
          "next_cursor": {
            "type": "string"
          }
        },
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/filter": {
          "maxLength": 500,
          "pattern": "^\\s*[dD][iI][sS][pP][lL][aA][yY][nN][aA][mM][eE]\\s+(eq|co|sw)\\s+\"[^\"]*\"\\s*$"
        },
        "/properties/limit": {
          "minimum": 1
        },
        "/properties/next_cursor": {
          "minLength": 1
        }
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
              }
            }
          },
          "next_cursor": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "data",
          "next_cursor"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "List Egnyte share link ids, optionally filtered (full links: list_egnyte_link_details). Non-admins see only their own. Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "description": "Only links to this folder or file. Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files."
          },
          "username": {
            "type": "string",
            "description": "Only links this user created. Username, e.g. jmiller. Find one with list_all_egnyte_users."
          },
          "created_after": {
            "type": "string",
            "format": "date",
            "description": "Only links created after this day."
          },
          "created_before": {
            "type": "string",
            "format": "date",
            "description": "Only links created before this day."
          },
          "type": {
            "type": "string",
            "enum": [
              "file",
              "folder"
            ],
            "description": "Only this kind of link."
          },
          "accessibility": {
            "type": "string",
            "enum": [
              "anyone",
              "password",
              "domain",
              "recipients"
            ],
            "description": "Only links with this audience."
          },
          "limit": {
            "type": "integer",
            "maximum": 100,
            "description": "Items per page."
          },
          "next_cursor": {
            "type": "string"
          }
        },
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/path": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "item_path",
            "label": "Egnyte folder or file path",
            "not": "a folder_id, group_id or URL",
            "findWith": "search_egnyte_files"
          }
        },
        "/properties/username": {
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
          "x-identifier": {
            "kind": "username",
            "label": "Egnyte username",
            "not": "the numeric user id or the email",
            "findWith": "list_all_egnyte_users"
          }
        },
        "/properties/limit": {
          "minimum": 1
        },
        "/properties/next_cursor": {
          "minLength": 1
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "next_cursor": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "data",
          "next_cursor"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "list_all_egnyte_trash_items",
      "title": "List all Egnyte trash items",
      "description": "List deleted Egnyte files and folders (admins), newest deletion first; deleted_by is a display name. Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "limit": {
            "type": "integer",
            "maximum": 100,
            "description": "Items per page."
          },
          "next_cursor": {
            "type": "string"
          }
        },
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/limit": {
          "minimum": 1
        },
        "/properties/next_cursor": {
          "minLength": 1
        }
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
                "path": {
                  "type": "string"
                },
                "type": {
                  "type": "string"
                },
                "deleted_by": {
                  "type": "string"
                },
                "delete_date": {
                  "type": "string"
                }
              }
            }
          },
          "next_cursor": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "data",
          "next_cursor"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "trash"
      ],
      "kind": "list",
      "source": {
        "resource": "trash_items",
        "method": "list"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/fs/trash",
        "locations": {},
        "responsePath": "items",
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
      "description": "List Egnyte users, or find one with a filter (for example email eq \"jsmith@company.com\"). Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "filter": {
            "type": "string",
            "description": "userName, email or externalId with eq, e.g. email eq \"jsmith@company.com\"."
          },
          "limit": {
            "type": "integer",
            "maximum": 100,
            "description": "Items per page."
          },
          "next_cursor": {
            "type": "string"
          }
        },
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/filter": {
          "maxLength": 500,
          "pattern": "^\\s*(userName|email|externalId)\\s+eq\\s+\"[^\"]*\"\\s*$"
        },
        "/properties/limit": {
          "minimum": 1
        },
        "/properties/next_cursor": {
          "minLength": 1
        }
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
                  "type": "integer"
                },
                "userName": {
                  "type": "string"
                },
                "externalId": {
                  "anyOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "null"
                    }
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
                  "type": "boolean"
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
                  "anyOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "null"
                    }
                  ]
                },
                "expiryDate": {
                  "anyOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "null"
                    }
                  ]
                },
                "groups": {
                  "type": "array",
                  "description": "value is the group UUID.",
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
              }
            }
          },
          "next_cursor": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "data",
          "next_cursor"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "list_egnyte_comments",
      "title": "List Egnyte comments",
      "description": "List comments on an Egnyte file or a folder's files; admins may omit both for all comments.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "file": {
            "type": "string",
            "description": "Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files."
          },
          "folder": {
            "type": "string",
            "description": "Files in this folder. Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file."
          }
        },
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/file": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "item_path",
            "label": "Egnyte folder or file path",
            "not": "a folder_id, group_id or URL",
            "findWith": "search_egnyte_files"
          }
        },
        "/properties/folder": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "folder_path",
            "label": "Egnyte folder path",
            "not": "a folder_id UUID or a URL",
            "findWith": "get_egnyte_folder_or_file"
          }
        }
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
                  "format": "uuid"
                },
                "message": {
                  "type": "string"
                },
                "username": {
                  "type": "string"
                },
                "file_path": {
                  "type": "string"
                }
              }
            }
          }
        },
        "required": [
          "data"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "comments"
      ],
      "kind": "custom",
      "source": {
        "resource": "comments",
        "method": "list_comments"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/notes",
        "locations": {
          "file": {
            "in": "query",
            "name": "file"
          },
          "folder": {
            "in": "query",
            "name": "folder"
          }
        },
        "responsePath": "notes"
      }
    },
    {
      "name": "list_egnyte_file_audit_entries",
      "title": "List Egnyte file audit entries",
      "description": "Read the rows of a finished file audit report: who did what to which file, where and when. Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "Audit report job id. Find one with create_egnyte_file_audit_report."
          },
          "limit": {
            "type": "integer",
            "maximum": 100,
            "description": "Items per page."
          },
          "next_cursor": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^/\\s]+$",
          "x-identifier": {
            "kind": "audit_job_id",
            "label": "Egnyte audit report job id",
            "not": "an event id or audit cursor",
            "findWith": "create_egnyte_file_audit_report"
          }
        },
        "/properties/limit": {
          "minimum": 1
        },
        "/properties/next_cursor": {
          "minLength": 1
        }
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
                  "anyOf": [
                    {
                      "type": "integer"
                    },
                    {
                      "type": "string"
                    }
                  ]
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
                  "anyOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "integer"
                    }
                  ]
                }
              }
            }
          },
          "next_cursor": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "data",
          "next_cursor"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "List Egnyte share links with full details, filtered like list_all_egnyte_links; e.g. to review public links. Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "description": "Only links to this folder or file. Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files."
          },
          "username": {
            "type": "string",
            "description": "Only links this user created. Username, e.g. jmiller. Find one with list_all_egnyte_users."
          },
          "created_after": {
            "type": "string",
            "format": "date",
            "description": "Only links created after this day."
          },
          "created_before": {
            "type": "string",
            "format": "date",
            "description": "Only links created before this day."
          },
          "type": {
            "type": "string",
            "enum": [
              "file",
              "folder"
            ],
            "description": "Only this kind of link."
          },
          "accessibility": {
            "type": "string",
            "enum": [
              "anyone",
              "password",
              "domain",
              "recipients"
            ],
            "description": "Only links with this audience."
          },
          "limit": {
            "type": "integer",
            "maximum": 100,
            "description": "Items per page."
          },
          "next_cursor": {
            "type": "string"
          }
        },
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/path": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "item_path",
            "label": "Egnyte folder or file path",
            "not": "a folder_id, group_id or URL",
            "findWith": "search_egnyte_files"
          }
        },
        "/properties/username": {
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
          "x-identifier": {
            "kind": "username",
            "label": "Egnyte username",
            "not": "the numeric user id or the email",
            "findWith": "list_all_egnyte_users"
          }
        },
        "/properties/limit": {
          "minimum": 1
        },
        "/properties/next_cursor": {
          "minLength": 1
        }
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
                "recipients": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "creation_date": {
                  "type": "string"
                },
                "created_by": {
                  "type": "string",
                  "description": "Username."
                },
                "resource_id": {
                  "type": "string",
                  "description": "group_id of the file or folder_id of the folder."
                },
                "expiry_date": {
                  "anyOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "null"
                    }
                  ]
                },
                "protection": {
                  "type": "string"
                },
                "notify": {
                  "type": "boolean"
                },
                "link_to_current": {
                  "type": "boolean"
                },
                "expiry_clicks": {
                  "anyOf": [
                    {
                      "type": "integer"
                    },
                    {
                      "type": "string"
                    }
                  ],
                  "description": "Clicks left."
                },
                "last_accessed": {
                  "anyOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "null"
                    }
                  ]
                }
              }
            }
          },
          "next_cursor": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "data",
          "next_cursor"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Read the rows of a finished login audit report: who logged in or failed, where and when. Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "Audit report job id. Find one with create_egnyte_file_audit_report."
          },
          "limit": {
            "type": "integer",
            "maximum": 100,
            "description": "Items per page."
          },
          "next_cursor": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^/\\s]+$",
          "x-identifier": {
            "kind": "audit_job_id",
            "label": "Egnyte audit report job id",
            "not": "an event id or audit cursor",
            "findWith": "create_egnyte_file_audit_report"
          }
        },
        "/properties/limit": {
          "minimum": 1
        },
        "/properties/next_cursor": {
          "minLength": 1
        }
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
                  "anyOf": [
                    {
                      "type": "integer"
                    },
                    {
                      "type": "string"
                    }
                  ]
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
                  "anyOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "integer"
                    }
                  ]
                }
              }
            }
          },
          "next_cursor": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "data",
          "next_cursor"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "list_egnyte_metadata_namespaces",
      "title": "List Egnyte metadata namespaces",
      "description": "List Egnyte custom metadata namespaces (name, scope, keys); name is what the metadata tools take.",
      "inputSchema": {
        "type": "object",
        "properties": {},
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
                "displayName": {
                  "type": "string"
                },
                "scope": {
                  "type": "string"
                },
                "keys": {
                  "type": "object"
                }
              }
            }
          }
        },
        "required": [
          "data"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "metadata"
      ],
      "kind": "custom",
      "source": {
        "resource": "metadata_namespaces",
        "method": "list_metadata_namespaces"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v1/properties/namespace",
        "locations": {}
      }
    },
    {
      "name": "list_egnyte_permission_audit_entries",
      "title": "List Egnyte permission audit entries",
      "description": "Read the rows of a finished permission audit report: folder, assignee, assigner, change and time. Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "description": "Audit report job id. Find one with create_egnyte_file_audit_report."
          },
          "limit": {
            "type": "integer",
            "maximum": 100,
            "description": "Items per page."
          },
          "next_cursor": {
            "type": "string"
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^/\\s]+$",
          "x-identifier": {
            "kind": "audit_job_id",
            "label": "Egnyte audit report job id",
            "not": "an event id or audit cursor",
            "findWith": "create_egnyte_file_audit_report"
          }
        },
        "/properties/limit": {
          "minimum": 1
        },
        "/properties/next_cursor": {
          "minLength": 1
        }
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
                  "anyOf": [
                    {
                      "type": "integer"
                    },
                    {
                      "type": "string"
                    }
                  ],
                  "description": "User or group id."
                },
                "assigner": {
                  "type": "string"
                },
                "assigner_id": {
                  "anyOf": [
                    {
                      "type": "integer"
                    },
                    {
                      "type": "string"
                    }
                  ]
                },
                "change": {
                  "type": "string",
                  "description": "Level change, e.g. +Editor or -Viewer."
                },
                "time": {
                  "anyOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "integer"
                    }
                  ]
                }
              }
            }
          },
          "next_cursor": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "data",
          "next_cursor"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "list_egnyte_project_folders",
      "title": "List Egnyte project folders",
      "description": "List Egnyte project folders with their status (plan-gated feature).",
      "inputSchema": {
        "type": "object",
        "properties": {},
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
                  "format": "uuid"
                },
                "rootFolderId": {
                  "type": "string"
                },
                "name": {
                  "type": "string"
                },
                "status": {
                  "type": "string"
                },
                "completionDate": {
                  "anyOf": [
                    {
                      "type": "string"
                    },
                    {
                      "type": "null"
                    }
                  ]
                }
              }
            }
          }
        },
        "required": [
          "data"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "projects"
      ],
      "kind": "custom",
      "source": {
        "resource": "project_folders",
        "method": "list_project_folders"
      },
      "request": {
        "method": "GET",
        "path": "/pubapi/v2/project-folders",
        "locations": {}
      }
    },
    {
      "name": "mark_egnyte_folder_as_project",
      "title": "Mark Egnyte folder as project",
      "description": "Mark an existing Egnyte folder as a project folder.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "rootFolderId": {
            "type": "string",
            "format": "uuid",
            "description": "folder_id UUID. Find one with get_egnyte_folder_or_file."
          },
          "name": {
            "type": "string",
            "description": "Project name."
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "in-progress",
              "completed",
              "on-hold",
              "canceled"
            ],
            "description": "Project status."
          }
        },
        "required": [
          "rootFolderId",
          "name",
          "status"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/rootFolderId": {
          "x-identifier": {
            "kind": "folder_id",
            "label": "Egnyte folder id (UUID)",
            "not": "the folder path or a file group_id",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/name": {
          "minLength": 1,
          "maxLength": 200
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "status": {
            "type": "string"
          }
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": false
      },
      "tags": [
        "projects"
      ],
      "kind": "custom",
      "source": {
        "resource": "project_folders",
        "method": "mark_folder_as_project"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v1/project-folders",
        "locations": {
          "rootFolderId": {
            "in": "body",
            "name": "rootFolderId"
          },
          "name": {
            "in": "body",
            "name": "name"
          },
          "status": {
            "in": "body",
            "name": "status"
          }
        }
      }
    },
    {
      "name": "move_egnyte_folder_or_file",
      "title": "Move Egnyte folder or file",
      "description": "Move or rename an Egnyte folder or file.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "description": "Path, e.g. /Shared/Legal/NDA.pdf. Find one with search_egnyte_files."
          },
          "destination": {
            "type": "string",
            "description": "Full new path, e.g. /Shared/Archive/NDA.pdf."
          }
        },
        "required": [
          "path",
          "destination"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/path": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "item_path",
            "label": "Egnyte folder or file path",
            "not": "a folder_id, group_id or URL",
            "findWith": "search_egnyte_files"
          }
        },
        "/properties/destination": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "item_path",
            "label": "Egnyte folder or file path",
            "not": "a folder_id, group_id or URL"
          }
        }
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
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": false
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
      "description": "Remove users from an Egnyte group by numeric user id; they lose the access the group gave them.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Group UUID. Find one with list_all_egnyte_groups."
          },
          "members": {
            "type": "array",
            "description": "Users to remove, each with operation delete.",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "description": "Numeric user id. Find one with list_all_egnyte_users."
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
              ]
            }
          }
        },
        "required": [
          "id",
          "members"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "group_id",
            "label": "Egnyte group id (UUID)",
            "not": "the group's display name",
            "findWith": "list_all_egnyte_groups"
          }
        },
        "/properties/members": {
          "minItems": 1
        },
        "/properties/members/items": {
          "additionalProperties": false
        },
        "/properties/members/items/properties/value": {
          "minimum": 1,
          "maximum": 9007199254740991,
          "x-identifier": {
            "kind": "user_id",
            "label": "numeric Egnyte user id",
            "not": "the username or email",
            "notWhen": "^(?![-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$).*[A-Za-z@]",
            "findWith": "list_all_egnyte_users"
          }
        }
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
                  "description": "Numeric user id."
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
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": false
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
      "description": "Replace an Egnyte group's name and whole member list; anyone left out loses the group's access. For a few people use add_egnyte_group_members or remove_egnyte_group_members.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Group UUID. Find one with list_all_egnyte_groups."
          },
          "displayName": {
            "type": "string",
            "description": "Display name (current one to keep it)."
          },
          "members": {
            "type": "array",
            "description": "The whole new member list; [] empties the group.",
            "items": {
              "type": "object",
              "properties": {
                "value": {
                  "type": "integer",
                  "description": "Numeric user id. Find one with list_all_egnyte_users."
                }
              },
              "required": [
                "value"
              ]
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
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "group_id",
            "label": "Egnyte group id (UUID)",
            "not": "the group's display name",
            "findWith": "list_all_egnyte_groups"
          }
        },
        "/properties/displayName": {
          "minLength": 1,
          "maxLength": 200
        },
        "/properties/members/items": {
          "additionalProperties": false
        },
        "/properties/members/items/properties/value": {
          "minimum": 1,
          "maximum": 9007199254740991,
          "x-identifier": {
            "kind": "user_id",
            "label": "numeric Egnyte user id",
            "not": "the username or email",
            "notWhen": "^(?![-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$).*[A-Za-z@]",
            "findWith": "list_all_egnyte_users"
          }
        }
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
                  "description": "Numeric user id."
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
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "restore_egnyte_trash_items",
      "title": "Restore Egnyte trash items",
      "description": "Restore Egnyte trash items to their original paths. If some fail, the error names them; the others were restored.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "ids": {
            "type": "array",
            "maxItems": 10,
            "items": {
              "type": "string",
              "description": "Trash item id. Find one with list_all_egnyte_trash_items."
            },
            "description": "Trash item ids, 1 to 10."
          }
        },
        "required": [
          "ids"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/ids": {
          "minItems": 1,
          "uniqueItems": true
        },
        "/properties/ids/items": {
          "minLength": 1,
          "maxLength": 1024,
          "pattern": "^\\S+$",
          "x-identifier": {
            "kind": "trash_item_id",
            "label": "Egnyte trash item id",
            "not": "the original path or a file group_id",
            "findWith": "list_all_egnyte_trash_items"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "resources": {
            "type": "array",
            "items": {
              "type": "object"
            }
          }
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": false,
        "openWorldHint": false
      },
      "tags": [
        "trash"
      ],
      "kind": "custom",
      "source": {
        "resource": "trash_items",
        "method": "restore_trash_items"
      },
      "request": {
        "method": "POST",
        "path": "/pubapi/v1/fs/trash",
        "locations": {
          "ids": {
            "in": "body",
            "name": "ids"
          }
        },
        "fixedBody": {
          "action": "RESTORE"
        },
        "partialFailure": {
          "status": 207,
          "itemsPath": "resources",
          "idPath": "id",
          "reasonPaths": [
            "code",
            "descriptions"
          ]
        }
      }
    },
    {
      "name": "search_egnyte_files",
      "title": "Search Egnyte files",
      "description": "Search Egnyte files and folders by name and content, optionally in a folder, by type or date. Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "query": {
            "type": "string",
            "description": "Words to find (3-100 characters)."
          },
          "folder": {
            "type": "string",
            "description": "Only inside this folder. Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file."
          },
          "type": {
            "type": "string",
            "enum": [
              "FILE",
              "FOLDER"
            ],
            "description": "Only files or only folders."
          },
          "modified_after": {
            "type": "string",
            "format": "date-time",
            "description": "Only items modified after this time."
          },
          "modified_before": {
            "type": "string",
            "format": "date-time",
            "description": "Only items modified before this time."
          },
          "limit": {
            "type": "integer",
            "maximum": 20,
            "description": "Items per page."
          },
          "next_cursor": {
            "type": "string"
          }
        },
        "required": [
          "query"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/query": {
          "minLength": 3,
          "maxLength": 100
        },
        "/properties/folder": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "folder_path",
            "label": "Egnyte folder path",
            "not": "a folder_id UUID or a URL",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/limit": {
          "minimum": 1
        },
        "/properties/next_cursor": {
          "minLength": 1
        }
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
            }
          },
          "next_cursor": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          }
        },
        "required": [
          "data",
          "next_cursor"
        ]
      },
      "annotations": {
        "readOnlyHint": true,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "set_egnyte_file_metadata",
      "title": "Set Egnyte file metadata",
      "description": "Set metadata values on an Egnyte file.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "File group_id UUID. Find one with get_egnyte_folder_or_file."
          },
          "namespace": {
            "type": "string",
            "description": "Namespace name."
          },
          "values": {
            "type": "array",
            "description": "Pairs to set.",
            "items": {
              "type": "object",
              "properties": {
                "key": {
                  "type": "string",
                  "description": "Metadata key."
                },
                "value": {
                  "type": "string",
                  "description": "Value as text."
                }
              },
              "required": [
                "key",
                "value"
              ]
            }
          }
        },
        "required": [
          "id",
          "namespace",
          "values"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "file_group_id",
            "label": "Egnyte file group_id (UUID)",
            "not": "an Egnyte user-group id or a version entry_id",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/namespace": {
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^/]+$",
          "x-identifier": {
            "kind": "metadata_namespace",
            "label": "Egnyte metadata namespace name",
            "not": "its display name"
          }
        },
        "/properties/values": {
          "minItems": 1
        },
        "/properties/values/items/properties/key": {
          "minLength": 1,
          "maxLength": 200
        },
        "/properties/values/items/properties/value": {
          "maxLength": 4000
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "ok": {
            "type": "boolean"
          }
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "metadata"
      ],
      "kind": "custom",
      "source": {
        "resource": "metadata_namespaces",
        "method": "set_file_metadata"
      },
      "request": {
        "method": "PUT",
        "path": "/pubapi/v1/fs/ids/file/{id}/properties/{namespace}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          },
          "namespace": {
            "in": "path",
            "name": "namespace"
          },
          "values": {
            "in": "body",
            "name": "values",
            "sendAsMap": {
              "key": "key",
              "value": "value",
              "spread": true
            }
          }
        }
      }
    },
    {
      "name": "set_egnyte_folder_metadata",
      "title": "Set Egnyte folder metadata",
      "description": "Set metadata values on an Egnyte folder.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "folder_id UUID. Find one with get_egnyte_folder_or_file."
          },
          "namespace": {
            "type": "string",
            "description": "Namespace name."
          },
          "values": {
            "type": "array",
            "description": "Pairs to set.",
            "items": {
              "type": "object",
              "properties": {
                "key": {
                  "type": "string",
                  "description": "Metadata key."
                },
                "value": {
                  "type": "string",
                  "description": "Value as text."
                }
              },
              "required": [
                "key",
                "value"
              ]
            }
          }
        },
        "required": [
          "id",
          "namespace",
          "values"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "folder_id",
            "label": "Egnyte folder id (UUID)",
            "not": "the folder path or a file group_id",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/namespace": {
          "minLength": 1,
          "maxLength": 200,
          "pattern": "^[^/]+$",
          "x-identifier": {
            "kind": "metadata_namespace",
            "label": "Egnyte metadata namespace name",
            "not": "its display name"
          }
        },
        "/properties/values": {
          "minItems": 1
        },
        "/properties/values/items/properties/key": {
          "minLength": 1,
          "maxLength": 200
        },
        "/properties/values/items/properties/value": {
          "maxLength": 4000
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "ok": {
            "type": "boolean"
          }
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "metadata"
      ],
      "kind": "custom",
      "source": {
        "resource": "metadata_namespaces",
        "method": "set_folder_metadata"
      },
      "request": {
        "method": "PUT",
        "path": "/pubapi/v1/fs/ids/folder/{id}/properties/{namespace}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          },
          "namespace": {
            "in": "path",
            "name": "namespace"
          },
          "values": {
            "in": "body",
            "name": "values",
            "sendAsMap": {
              "key": "key",
              "value": "value",
              "spread": true
            }
          }
        }
      }
    },
    {
      "name": "set_egnyte_folder_permissions",
      "title": "Set Egnyte folder permissions",
      "description": "Grant, change or remove folder permissions under /Shared; only listed users and groups change; None removes a grant. Viewer reads, Editor edits, Full also moves/deletes, Owner shares.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "description": "Folder path under /Shared. Find one with get_egnyte_folder_or_file."
          },
          "userPerms": {
            "type": "array",
            "description": "Users whose level changes.",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string",
                  "description": "From list_all_egnyte_users."
                },
                "level": {
                  "type": "string",
                  "enum": [
                    "None",
                    "Viewer",
                    "Editor",
                    "Full",
                    "Owner"
                  ],
                  "description": "Level to set."
                }
              },
              "required": [
                "name",
                "level"
              ]
            }
          },
          "groupPerms": {
            "type": "array",
            "description": "Groups whose level changes.",
            "items": {
              "type": "object",
              "properties": {
                "name": {
                  "type": "string",
                  "description": "From list_all_egnyte_groups."
                },
                "level": {
                  "type": "string",
                  "enum": [
                    "None",
                    "Viewer",
                    "Editor",
                    "Full",
                    "Owner"
                  ],
                  "description": "Level to set."
                }
              },
              "required": [
                "name",
                "level"
              ]
            }
          },
          "inheritsPermissions": {
            "type": "boolean",
            "description": "false stops inheriting the parent's permissions."
          },
          "keepParentPermissions": {
            "type": "boolean",
            "description": "With inheritsPermissions false: keep inherited grants."
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/path": {
          "minLength": 9,
          "maxLength": 4096,
          "pattern": "^/Shared(/[^/]+)+$",
          "x-identifier": {
            "kind": "shared_folder_path",
            "label": "Egnyte shared folder path",
            "not": "a /Private path or a folder_id",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/userPerms": {
          "minItems": 1
        },
        "/properties/userPerms/items": {
          "additionalProperties": false
        },
        "/properties/userPerms/items/properties/name": {
          "minLength": 1,
          "maxLength": 100,
          "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]*$",
          "x-identifier": {
            "kind": "username",
            "label": "Egnyte username",
            "not": "the numeric user id or the email"
          }
        },
        "/properties/groupPerms": {
          "minItems": 1
        },
        "/properties/groupPerms/items": {
          "additionalProperties": false
        },
        "/properties/groupPerms/items/properties/name": {
          "minLength": 1,
          "maxLength": 200,
          "x-identifier": {
            "kind": "group_name",
            "label": "Egnyte group display name",
            "not": "the group UUID"
          }
        }
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
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": false
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
            "name": "userPerms",
            "sendAsMap": {
              "key": "name",
              "value": "level"
            }
          },
          "groupPerms": {
            "in": "body",
            "name": "groupPerms",
            "sendAsMap": {
              "key": "name",
              "value": "level"
            }
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
            "description": "Group UUID. Find one with list_all_egnyte_groups."
          },
          "displayName": {
            "type": "string",
            "description": "New display name of the group."
          }
        },
        "required": [
          "id",
          "displayName"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "group_id",
            "label": "Egnyte group id (UUID)",
            "not": "the group's display name",
            "findWith": "list_all_egnyte_groups"
          }
        },
        "/properties/displayName": {
          "minLength": 1,
          "maxLength": 200
        }
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
                  "description": "Numeric user id."
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
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
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
      "name": "update_an_egnyte_project_folder_by_id",
      "title": "Update an Egnyte project folder by id",
      "description": "Change an Egnyte project folder's status, name or due day.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Project record UUID. Find one with list_egnyte_project_folders."
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "in-progress",
              "completed",
              "on-hold",
              "canceled"
            ],
            "description": "Project status."
          },
          "name": {
            "type": "string",
            "description": "New project name."
          },
          "completionDate": {
            "type": "string",
            "format": "date",
            "description": "Due day (YYYY-MM-DD)."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "x-identifier": {
            "kind": "project_folder_id",
            "label": "Egnyte project folder id (UUID)",
            "not": "the folder_id or the customer's project code",
            "findWith": "list_egnyte_project_folders"
          }
        },
        "/properties/name": {
          "minLength": 1,
          "maxLength": 200
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string"
          },
          "status": {
            "type": "string"
          }
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": true,
        "openWorldHint": false
      },
      "tags": [
        "projects"
      ],
      "kind": "update",
      "source": {
        "resource": "project_folders",
        "method": "update"
      },
      "request": {
        "method": "PATCH",
        "path": "/pubapi/v2/project-folders/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          },
          "status": {
            "in": "body",
            "name": "status"
          },
          "name": {
            "in": "body",
            "name": "name"
          },
          "completionDate": {
            "in": "body",
            "name": "completionDate"
          }
        }
      }
    },
    {
      "name": "update_an_egnyte_user_by_id",
      "title": "Update an Egnyte user by id",
      "description": "Change a user's profile, role or status; only the fields passed change. Setting active to false deactivates the user (files and permissions stay).",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "description": "Numeric user id. Find one with list_all_egnyte_users."
          },
          "active": {
            "type": "boolean",
            "description": "false deactivates the user (offboarding)."
          },
          "email": {
            "type": "string",
            "format": "email",
            "description": "New email address."
          },
          "name": {
            "type": "object",
            "description": "New first and/or last name.",
            "properties": {
              "givenName": {
                "type": "string"
              },
              "familyName": {
                "type": "string"
              }
            }
          },
          "userType": {
            "type": "string",
            "enum": [
              "admin",
              "power",
              "standard"
            ],
            "description": "Role level of the user."
          },
          "role": {
            "type": "string",
            "description": "Power-user role name, e.g. Default."
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
            "description": "Email an invitation when activating."
          }
        },
        "required": [
          "id"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/id": {
          "minimum": 1,
          "maximum": 9007199254740991,
          "x-identifier": {
            "kind": "user_id",
            "label": "numeric Egnyte user id",
            "not": "the username or email",
            "notWhen": "^(?![-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$).*[A-Za-z@]",
            "findWith": "list_all_egnyte_users"
          }
        },
        "/properties/name": {
          "additionalProperties": false
        },
        "/properties/name/properties/givenName": {
          "minLength": 1
        },
        "/properties/name/properties/familyName": {
          "minLength": 1
        },
        "/properties/role": {
          "minLength": 1
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer"
          },
          "userName": {
            "type": "string"
          },
          "externalId": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
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
            "type": "boolean"
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
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "expiryDate": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "groups": {
            "type": "array",
            "description": "value is the group UUID.",
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
        }
      },
      "annotations": {
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
      "description": "Change an Egnyte folder's description, link rules and move/delete restriction; returns the folder.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "path": {
            "type": "string",
            "description": "Folder path, e.g. /Shared/Legal. Find one with get_egnyte_folder_or_file."
          },
          "folder_description": {
            "type": "string",
            "description": "Folder description (max 200 characters)."
          },
          "allow_links": {
            "type": "boolean",
            "description": "Whether share links may be created."
          },
          "public_links": {
            "type": "string",
            "enum": [
              "files_folders",
              "files",
              "disabled"
            ],
            "description": "Which public links are allowed."
          },
          "restrict_move_delete": {
            "type": "boolean",
            "description": "true restricts moving and deleting content."
          }
        },
        "required": [
          "path"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/path": {
          "minLength": 7,
          "maxLength": 4096,
          "pattern": "^/(Shared|Private)(/[^/]+)*$",
          "x-identifier": {
            "kind": "folder_path",
            "label": "Egnyte folder path",
            "not": "a folder_id UUID or a URL",
            "findWith": "get_egnyte_folder_or_file"
          }
        },
        "/properties/folder_description": {
          "maxLength": 200
        }
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
            "type": "string"
          },
          "parent_id": {
            "anyOf": [
              {
                "type": "string"
              },
              {
                "type": "null"
              }
            ]
          },
          "folder_description": {
            "type": "string"
          },
          "total_count": {
            "type": "integer"
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
                  "type": "string"
                },
                "group_id": {
                  "type": "string"
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string",
                  "description": "Username."
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
            "type": "integer"
          },
          "checksum": {
            "type": "string"
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
                "entry_id": {
                  "type": "string"
                },
                "size": {
                  "type": "integer"
                },
                "last_modified": {
                  "type": "string"
                },
                "uploaded_by": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": true,
        "idempotentHint": true,
        "openWorldHint": false
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
export type ToolName = "add_egnyte_group_members" | "copy_egnyte_folder_or_file" | "create_an_egnyte_group" | "create_an_egnyte_link" | "create_an_egnyte_user" | "create_egnyte_file_audit_report" | "create_egnyte_folder" | "create_egnyte_login_audit_report" | "create_egnyte_permission_audit_report" | "delete_an_egnyte_comment_by_id" | "delete_an_egnyte_group_by_id" | "delete_an_egnyte_link_by_id" | "delete_an_egnyte_user_by_id" | "delete_egnyte_folder_or_file" | "get_egnyte_audit_report_status" | "get_egnyte_audit_settings" | "get_egnyte_current_user" | "get_egnyte_events_cursor" | "get_egnyte_file_by_group_id" | "get_egnyte_file_metadata" | "get_egnyte_folder_by_id" | "get_egnyte_folder_metadata" | "get_egnyte_folder_or_file" | "get_egnyte_folder_permissions" | "get_egnyte_license_settings" | "get_egnyte_link_policy" | "get_egnyte_storage_usage" | "get_egnyte_user_effective_permission" | "get_single_egnyte_comment_by_id" | "get_single_egnyte_group_by_id" | "get_single_egnyte_link_by_id" | "get_single_egnyte_project_folder_by_id" | "get_single_egnyte_user_by_id" | "list_all_egnyte_audit_events" | "list_all_egnyte_events" | "list_all_egnyte_groups" | "list_all_egnyte_links" | "list_all_egnyte_trash_items" | "list_all_egnyte_users" | "list_egnyte_comments" | "list_egnyte_file_audit_entries" | "list_egnyte_link_details" | "list_egnyte_login_audit_entries" | "list_egnyte_metadata_namespaces" | "list_egnyte_permission_audit_entries" | "list_egnyte_project_folders" | "mark_egnyte_folder_as_project" | "move_egnyte_folder_or_file" | "remove_egnyte_group_members" | "replace_egnyte_group" | "restore_egnyte_trash_items" | "search_egnyte_files" | "set_egnyte_file_metadata" | "set_egnyte_folder_metadata" | "set_egnyte_folder_permissions" | "update_an_egnyte_group_by_id" | "update_an_egnyte_project_folder_by_id" | "update_an_egnyte_user_by_id" | "update_egnyte_folder_options";

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
  delete_an_egnyte_comment_by_id: T.DeleteAnEgnyteCommentByIdInput;
  delete_an_egnyte_group_by_id: T.DeleteAnEgnyteGroupByIdInput;
  delete_an_egnyte_link_by_id: T.DeleteAnEgnyteLinkByIdInput;
  delete_an_egnyte_user_by_id: T.DeleteAnEgnyteUserByIdInput;
  delete_egnyte_folder_or_file: T.DeleteEgnyteFolderOrFileInput;
  get_egnyte_audit_report_status: T.GetEgnyteAuditReportStatusInput;
  get_egnyte_audit_settings: T.GetEgnyteAuditSettingsInput;
  get_egnyte_current_user: T.GetEgnyteCurrentUserInput;
  get_egnyte_events_cursor: T.GetEgnyteEventsCursorInput;
  get_egnyte_file_by_group_id: T.GetEgnyteFileByGroupIdInput;
  get_egnyte_file_metadata: T.GetEgnyteFileMetadataInput;
  get_egnyte_folder_by_id: T.GetEgnyteFolderByIdInput;
  get_egnyte_folder_metadata: T.GetEgnyteFolderMetadataInput;
  get_egnyte_folder_or_file: T.GetEgnyteFolderOrFileInput;
  get_egnyte_folder_permissions: T.GetEgnyteFolderPermissionsInput;
  get_egnyte_license_settings: T.GetEgnyteLicenseSettingsInput;
  get_egnyte_link_policy: T.GetEgnyteLinkPolicyInput;
  get_egnyte_storage_usage: T.GetEgnyteStorageUsageInput;
  get_egnyte_user_effective_permission: T.GetEgnyteUserEffectivePermissionInput;
  get_single_egnyte_comment_by_id: T.GetSingleEgnyteCommentByIdInput;
  get_single_egnyte_group_by_id: T.GetSingleEgnyteGroupByIdInput;
  get_single_egnyte_link_by_id: T.GetSingleEgnyteLinkByIdInput;
  get_single_egnyte_project_folder_by_id: T.GetSingleEgnyteProjectFolderByIdInput;
  get_single_egnyte_user_by_id: T.GetSingleEgnyteUserByIdInput;
  list_all_egnyte_audit_events: T.ListAllEgnyteAuditEventsInput;
  list_all_egnyte_events: T.ListAllEgnyteEventsInput;
  list_all_egnyte_groups: T.ListAllEgnyteGroupsInput;
  list_all_egnyte_links: T.ListAllEgnyteLinksInput;
  list_all_egnyte_trash_items: T.ListAllEgnyteTrashItemsInput;
  list_all_egnyte_users: T.ListAllEgnyteUsersInput;
  list_egnyte_comments: T.ListEgnyteCommentsInput;
  list_egnyte_file_audit_entries: T.ListEgnyteFileAuditEntriesInput;
  list_egnyte_link_details: T.ListEgnyteLinkDetailsInput;
  list_egnyte_login_audit_entries: T.ListEgnyteLoginAuditEntriesInput;
  list_egnyte_metadata_namespaces: T.ListEgnyteMetadataNamespacesInput;
  list_egnyte_permission_audit_entries: T.ListEgnytePermissionAuditEntriesInput;
  list_egnyte_project_folders: T.ListEgnyteProjectFoldersInput;
  mark_egnyte_folder_as_project: T.MarkEgnyteFolderAsProjectInput;
  move_egnyte_folder_or_file: T.MoveEgnyteFolderOrFileInput;
  remove_egnyte_group_members: T.RemoveEgnyteGroupMembersInput;
  replace_egnyte_group: T.ReplaceEgnyteGroupInput;
  restore_egnyte_trash_items: T.RestoreEgnyteTrashItemsInput;
  search_egnyte_files: T.SearchEgnyteFilesInput;
  set_egnyte_file_metadata: T.SetEgnyteFileMetadataInput;
  set_egnyte_folder_metadata: T.SetEgnyteFolderMetadataInput;
  set_egnyte_folder_permissions: T.SetEgnyteFolderPermissionsInput;
  update_an_egnyte_group_by_id: T.UpdateAnEgnyteGroupByIdInput;
  update_an_egnyte_project_folder_by_id: T.UpdateAnEgnyteProjectFolderByIdInput;
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
  delete_an_egnyte_comment_by_id: T.DeleteAnEgnyteCommentByIdOutput;
  delete_an_egnyte_group_by_id: T.DeleteAnEgnyteGroupByIdOutput;
  delete_an_egnyte_link_by_id: T.DeleteAnEgnyteLinkByIdOutput;
  delete_an_egnyte_user_by_id: T.DeleteAnEgnyteUserByIdOutput;
  delete_egnyte_folder_or_file: T.DeleteEgnyteFolderOrFileOutput;
  get_egnyte_audit_report_status: T.GetEgnyteAuditReportStatusOutput;
  get_egnyte_audit_settings: T.GetEgnyteAuditSettingsOutput;
  get_egnyte_current_user: T.GetEgnyteCurrentUserOutput;
  get_egnyte_events_cursor: T.GetEgnyteEventsCursorOutput;
  get_egnyte_file_by_group_id: T.GetEgnyteFileByGroupIdOutput;
  get_egnyte_file_metadata: T.GetEgnyteFileMetadataOutput;
  get_egnyte_folder_by_id: T.GetEgnyteFolderByIdOutput;
  get_egnyte_folder_metadata: T.GetEgnyteFolderMetadataOutput;
  get_egnyte_folder_or_file: T.GetEgnyteFolderOrFileOutput;
  get_egnyte_folder_permissions: T.GetEgnyteFolderPermissionsOutput;
  get_egnyte_license_settings: T.GetEgnyteLicenseSettingsOutput;
  get_egnyte_link_policy: T.GetEgnyteLinkPolicyOutput;
  get_egnyte_storage_usage: T.GetEgnyteStorageUsageOutput;
  get_egnyte_user_effective_permission: T.GetEgnyteUserEffectivePermissionOutput;
  get_single_egnyte_comment_by_id: T.GetSingleEgnyteCommentByIdOutput;
  get_single_egnyte_group_by_id: T.GetSingleEgnyteGroupByIdOutput;
  get_single_egnyte_link_by_id: T.GetSingleEgnyteLinkByIdOutput;
  get_single_egnyte_project_folder_by_id: T.GetSingleEgnyteProjectFolderByIdOutput;
  get_single_egnyte_user_by_id: T.GetSingleEgnyteUserByIdOutput;
  list_all_egnyte_audit_events: T.ListAllEgnyteAuditEventsOutput;
  list_all_egnyte_events: T.ListAllEgnyteEventsOutput;
  list_all_egnyte_groups: T.ListAllEgnyteGroupsOutput;
  list_all_egnyte_links: T.ListAllEgnyteLinksOutput;
  list_all_egnyte_trash_items: T.ListAllEgnyteTrashItemsOutput;
  list_all_egnyte_users: T.ListAllEgnyteUsersOutput;
  list_egnyte_comments: T.ListEgnyteCommentsOutput;
  list_egnyte_file_audit_entries: T.ListEgnyteFileAuditEntriesOutput;
  list_egnyte_link_details: T.ListEgnyteLinkDetailsOutput;
  list_egnyte_login_audit_entries: T.ListEgnyteLoginAuditEntriesOutput;
  list_egnyte_metadata_namespaces: T.ListEgnyteMetadataNamespacesOutput;
  list_egnyte_permission_audit_entries: T.ListEgnytePermissionAuditEntriesOutput;
  list_egnyte_project_folders: T.ListEgnyteProjectFoldersOutput;
  mark_egnyte_folder_as_project: T.MarkEgnyteFolderAsProjectOutput;
  move_egnyte_folder_or_file: T.MoveEgnyteFolderOrFileOutput;
  remove_egnyte_group_members: T.RemoveEgnyteGroupMembersOutput;
  replace_egnyte_group: T.ReplaceEgnyteGroupOutput;
  restore_egnyte_trash_items: T.RestoreEgnyteTrashItemsOutput;
  search_egnyte_files: T.SearchEgnyteFilesOutput;
  set_egnyte_file_metadata: T.SetEgnyteFileMetadataOutput;
  set_egnyte_folder_metadata: T.SetEgnyteFolderMetadataOutput;
  set_egnyte_folder_permissions: T.SetEgnyteFolderPermissionsOutput;
  update_an_egnyte_group_by_id: T.UpdateAnEgnyteGroupByIdOutput;
  update_an_egnyte_project_folder_by_id: T.UpdateAnEgnyteProjectFolderByIdOutput;
  update_an_egnyte_user_by_id: T.UpdateAnEgnyteUserByIdOutput;
  update_egnyte_folder_options: T.UpdateEgnyteFolderOptionsOutput;
}
