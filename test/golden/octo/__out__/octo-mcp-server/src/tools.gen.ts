// Generated from test/fixtures/specs/octo by `npm run generate`. Do not edit: change the specs and regenerate.
import type { ServerData } from "saas-mcp-runtime";
import type * as T from "./types.gen.js";
/** Everything the server serves: integration settings and every tool with its request template. */
export const serverData: ServerData = {
  "dataContract": 1,
  "version": "0.1.0",
  "integration": {
    "name": "octo",
    "displayName": "Octo Tasks",
    "packageName": "octo-mcp-server",
    "baseUrl": "https://api.octo.example",
    "baseUrlEnv": "OCTO_BASE_URL",
    "baseUrlVariables": {},
    "auth": {
      "type": "bearer",
      "tokenEnv": "OCTO_TOKEN"
    },
    "rateLimit": {
      "throttledWhen": [
        {
          "status": 429
        }
      ],
      "retryAfterHeader": "Retry-After",
      "counters": [
        {
          "limitHeader": "RateLimit-Limit",
          "remainingHeader": "RateLimit-Remaining",
          "resetHeader": "RateLimit-Reset"
        }
      ]
    },
    "errorMessagePaths": [
      "error.message"
    ]
  },
  "tools": [
    {
      "name": "create_an_octo_project",
      "title": "Create an Octo Tasks project",
      "description": "Create an Octo project with a key and a title.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "key": {
            "type": "string",
            "description": "Key of the new project."
          },
          "title": {
            "type": "string",
            "description": "Title shown to people."
          },
          "settings": {
            "type": "object",
            "description": "Optional project settings, kept nested.",
            "properties": {
              "public": {
                "type": "boolean"
              }
            }
          }
        },
        "required": [
          "key",
          "title"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/key": {
          "pattern": "^[A-Z]{2,10}$",
          "x-identifier": {
            "kind": "project_key",
            "label": "Octo project key",
            "not": "the project title"
          }
        },
        "/properties/title": {
          "minLength": 1
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
      "kind": "create",
      "source": {
        "resource": "projects",
        "method": "create"
      },
      "request": {
        "method": "POST",
        "path": "/v1/projects",
        "locations": {
          "key": {
            "in": "body",
            "name": "key"
          },
          "title": {
            "in": "body",
            "name": "title"
          },
          "settings": {
            "in": "body",
            "name": "settings"
          }
        }
      }
    },
    {
      "name": "delete_an_octo_task_by_id",
      "title": "Delete an Octo Tasks task by id",
      "description": "Delete an Octo task for good; it cannot be restored.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "description": "Numeric task id such as 4711. Find one with list_all_octo_tasks."
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
          "x-identifier": {
            "kind": "task_id",
            "label": "numeric Octo task id",
            "findWith": "list_all_octo_tasks"
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
        "tasks",
        "projects"
      ],
      "kind": "delete",
      "source": {
        "resource": "tasks",
        "method": "delete"
      },
      "request": {
        "method": "DELETE",
        "path": "/v1/tasks/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          }
        }
      }
    },
    {
      "name": "get_single_octo_project_by_id",
      "title": "Get single Octo Tasks project by id",
      "description": "Get one Octo project by key, with its title and owner.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "key": {
            "type": "string",
            "description": "Project key: two to ten capital letters such as OPS. Find one with list_all_octo_projects."
          }
        },
        "required": [
          "key"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/key": {
          "pattern": "^[A-Z]{2,10}$",
          "x-identifier": {
            "kind": "project_key",
            "label": "Octo project key",
            "not": "the project title",
            "findWith": "list_all_octo_projects"
          }
        }
      },
      "outputSchema": {
        "type": "object",
        "properties": {
          "key": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "owner": {
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
        "resource": "projects",
        "method": "get"
      },
      "request": {
        "method": "GET",
        "path": "/v1/projects/{key}",
        "locations": {
          "key": {
            "in": "path",
            "name": "key"
          }
        }
      }
    },
    {
      "name": "list_all_octo_projects",
      "title": "List all Octo Tasks projects",
      "description": "List Octo projects with their keys and titles. Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "q": {
            "type": "string",
            "description": "Text to search in project titles (*/ and ${danger} stay text)."
          },
          "limit": {
            "type": "integer",
            "maximum": 50,
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
                "key": {
                  "type": "string"
                },
                "title": {
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
        "projects"
      ],
      "kind": "list",
      "source": {
        "resource": "projects",
        "method": "list"
      },
      "request": {
        "method": "GET",
        "path": "/v1/projects",
        "locations": {
          "q": {
            "in": "query",
            "name": "q"
          }
        },
        "responsePath": "items",
        "pagination": {
          "style": "offset",
          "offsetParam": "offset",
          "limitParam": "size",
          "paramsIn": "query",
          "firstOffset": 0,
          "maxLimit": 50,
          "defaultLimit": 50,
          "totalPath": "total"
        }
      }
    },
    {
      "name": "list_all_octo_tasks",
      "title": "List all Octo Tasks tasks",
      "description": "List the tasks of one Octo project, newest first. Next page: call again with next_cursor exactly as returned; stop when null.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "project": {
            "type": "string",
            "description": "Project key: two to ten capital letters such as OPS. Find one with list_all_octo_projects."
          },
          "state": {
            "type": "string",
            "enum": [
              "open",
              "done"
            ],
            "description": "Only tasks in this state."
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
          "project"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/project": {
          "pattern": "^[A-Z]{2,10}$",
          "x-identifier": {
            "kind": "project_key",
            "label": "Octo project key",
            "not": "the project title",
            "findWith": "list_all_octo_projects"
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
                  "type": "integer"
                },
                "title": {
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
        "tasks",
        "projects"
      ],
      "kind": "list",
      "source": {
        "resource": "tasks",
        "method": "list"
      },
      "request": {
        "method": "GET",
        "path": "/v1/projects/{project}/tasks",
        "locations": {
          "project": {
            "in": "path",
            "name": "project"
          },
          "state": {
            "in": "query",
            "name": "state"
          }
        },
        "responsePath": "tasks",
        "pagination": {
          "style": "cursor",
          "cursorParam": "after",
          "paramsIn": "query",
          "nextCursorPath": "next",
          "morePath": "has_more",
          "cursorOnly": true,
          "limitParam": "per_page",
          "maxLimit": 100,
          "defaultLimit": 100
        }
      }
    },
    {
      "name": "move_octo_task",
      "title": "Move Octo Tasks task",
      "description": "Move a task attachment to another folder of the same project.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "source_path": {
            "type": "string",
            "description": "Path of the task attachment to move, such as /inbox/a.txt."
          },
          "destination": {
            "type": "string",
            "description": "Full new path of the attachment."
          }
        },
        "required": [
          "source_path",
          "destination"
        ],
        "additionalProperties": false
      },
      "argumentChecks": {
        "/properties/source_path": {
          "pattern": "^/"
        },
        "/properties/destination": {
          "pattern": "^/"
        }
      },
      "annotations": {
        "readOnlyHint": false,
        "destructiveHint": false,
        "idempotentHint": false,
        "openWorldHint": false
      },
      "tags": [
        "tasks",
        "projects"
      ],
      "kind": "custom",
      "source": {
        "resource": "tasks",
        "method": "move_task"
      },
      "request": {
        "method": "POST",
        "path": "/v1/files/{path}",
        "locations": {
          "source_path": {
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
      "name": "update_an_octo_task_by_id",
      "title": "Update an Octo Tasks task by id",
      "description": "Replace a task's title and state; fields you leave out are cleared.",
      "inputSchema": {
        "type": "object",
        "properties": {
          "id": {
            "type": "integer",
            "description": "Numeric task id such as 4711. Find one with list_all_octo_tasks."
          },
          "title": {
            "type": "string",
            "description": "New title of the task."
          },
          "state": {
            "type": "string",
            "enum": [
              "open",
              "done"
            ],
            "description": "New state of the task."
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
          "x-identifier": {
            "kind": "task_id",
            "label": "numeric Octo task id",
            "findWith": "list_all_octo_tasks"
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
        "tasks",
        "projects"
      ],
      "kind": "update",
      "source": {
        "resource": "tasks",
        "method": "update"
      },
      "request": {
        "method": "PUT",
        "path": "/v1/tasks/{id}",
        "locations": {
          "id": {
            "in": "path",
            "name": "id"
          },
          "title": {
            "in": "body",
            "name": "title"
          },
          "state": {
            "in": "body",
            "name": "state"
          }
        }
      }
    }
  ]
};
/** Names of the generated tools. */
export type ToolName = "create_an_octo_project" | "delete_an_octo_task_by_id" | "get_single_octo_project_by_id" | "list_all_octo_projects" | "list_all_octo_tasks" | "move_octo_task" | "update_an_octo_task_by_id";

/** Tool name -> type of its arguments. */
export interface ToolInputs {
  create_an_octo_project: T.CreateAnOctoProjectInput;
  delete_an_octo_task_by_id: T.DeleteAnOctoTaskByIdInput;
  get_single_octo_project_by_id: T.GetSingleOctoProjectByIdInput;
  list_all_octo_projects: T.ListAllOctoProjectsInput;
  list_all_octo_tasks: T.ListAllOctoTasksInput;
  move_octo_task: T.MoveOctoTaskInput;
  update_an_octo_task_by_id: T.UpdateAnOctoTaskByIdInput;
}

/** Tool name -> type of its structured result (tools with an output schema). */
export interface ToolOutputs {
  get_single_octo_project_by_id: T.GetSingleOctoProjectByIdOutput;
  list_all_octo_projects: T.ListAllOctoProjectsOutput;
  list_all_octo_tasks: T.ListAllOctoTasksOutput;
}
