/** A small hand-written ServerData for a fake "Acme" integration, shaped like the generator's output. */
import type { JsonSchema, ServerData, ToolDefinition } from 'saas-mcp-runtime';
import { DATA_CONTRACT } from 'saas-mcp-runtime';
import type { ToolAnnotations } from 'saas-mcp-runtime/contract';

const readOnly: ToolAnnotations = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};
const write: ToolAnnotations = {
  readOnlyHint: false,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
};

const paging: Record<string, JsonSchema> = {
  limit: { type: 'integer', minimum: 1, maximum: 100, description: 'Items per page.' },
  next_cursor: { type: 'string', description: 'Pass next_cursor exactly as returned to get the next page.' },
};
const userId: JsonSchema = { type: 'integer', description: 'Numeric Acme user id. Find it with list_all_acme_users.' };
/** Runtime-only checks as the generator emits them: the bound and the hint stay out of tools/list. */
const userIdCheck: JsonSchema = {
  minimum: 1,
  'x-identifier': { kind: 'user_id', label: 'numeric Acme user id', findWith: 'list_all_acme_users' },
};
/** As the generator emits it for Egnyte, with what the id is commonly mistaken for. */
const userIdNotUsernameCheck: JsonSchema = {
  ...userIdCheck,
  'x-identifier': {
    kind: 'user_id',
    label: 'numeric Acme user id',
    not: 'the username or email',
    notWhen: '^(?![-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$).*[A-Za-z@]',
    findWith: 'list_all_acme_users',
  },
};
/** Output schemas as the generator serves them: tolerant (nothing upstream required, objects open). */
const user: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'integer' }, userName: { type: 'string' }, active: { type: 'boolean' } },
};
const listOf = (item: JsonSchema): JsonSchema => ({
  type: 'object',
  properties: {
    data: { type: 'array', items: item },
    next_cursor: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    note: { type: 'string' },
  },
  required: ['data', 'next_cursor'],
});
const input = (properties: Record<string, JsonSchema>, required: string[] = []): JsonSchema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

function tool(partial: Omit<ToolDefinition, 'title' | 'description'> & { description?: string }): ToolDefinition {
  return {
    title: partial.name,
    description: `Test tool ${partial.name}.`,
    ...partial,
    annotations: { ...partial.annotations },
  };
}

export const tools: ToolDefinition[] = [
  tool({
    name: 'list_all_acme_users',
    inputSchema: input({ email: { type: 'string' }, ...paging }),
    outputSchema: listOf(user),
    annotations: readOnly,
    tags: ['users'],
    kind: 'list',
    source: { resource: 'users', method: 'list' },
    request: {
      method: 'GET',
      path: '/v2/users',
      locations: { email: { in: 'query', name: 'email' } },
      responsePath: 'resources',
      pagination: {
        style: 'offset',
        offsetParam: 'startIndex',
        limitParam: 'count',
        paramsIn: 'query',
        firstOffset: 1,
        maxLimit: 100,
        defaultLimit: 3,
        totalPath: 'totalResults',
      },
    },
  }),
  tool({
    name: 'get_single_acme_user_by_id',
    inputSchema: input({ user_id: userId }, ['user_id']),
    argumentChecks: { '/properties/user_id': userIdNotUsernameCheck },
    outputSchema: user,
    annotations: readOnly,
    tags: ['users'],
    kind: 'get',
    source: { resource: 'users', method: 'get' },
    request: { method: 'GET', path: '/v2/users/{id}', locations: { user_id: { in: 'path', name: 'id' } } },
  }),
  tool({
    name: 'update_an_acme_user_by_id',
    inputSchema: input({ user_id: userId, active: { type: 'boolean' }, email: { type: 'string', format: 'email' } }, [
      'user_id',
    ]),
    argumentChecks: { '/properties/user_id': userIdCheck },
    outputSchema: user,
    annotations: write,
    tags: ['users'],
    kind: 'update',
    source: { resource: 'users', method: 'update' },
    request: {
      method: 'PATCH',
      path: '/v2/users/{id}',
      locations: {
        user_id: { in: 'path', name: 'id' },
        active: { in: 'body', name: 'active' },
        email: { in: 'body', name: 'email' },
      },
    },
  }),
  tool({
    name: 'list_all_acme_files',
    inputSchema: input({ path: { type: 'string', pattern: '^/' }, ...paging }, ['path']),
    outputSchema: listOf({ type: 'object' }),
    annotations: readOnly,
    tags: ['files'],
    kind: 'list',
    source: { resource: 'files', method: 'list' },
    request: {
      method: 'GET',
      path: '/v1/fs/{path}',
      locations: { path: { in: 'path', name: 'path', multiSegment: true } },
      fixedQuery: { list_content: 'true' },
      responsePath: 'files',
      pagination: {
        style: 'offset',
        offsetParam: 'offset',
        limitParam: 'count',
        paramsIn: 'query',
        firstOffset: 0,
        maxLimit: 50,
        defaultLimit: 4,
      },
    },
  }),
  tool({
    name: 'get_single_acme_link_by_id',
    inputSchema: input({ link_id: { type: 'string' } }, ['link_id']),
    annotations: readOnly,
    tags: ['links'],
    kind: 'get',
    source: { resource: 'links', method: 'get' },
    request: { method: 'GET', path: '/v1/links/{id}', locations: { link_id: { in: 'path', name: 'id' } } },
  }),
  tool({
    name: 'delete_a_acme_link_by_id',
    inputSchema: input({ link_id: { type: 'string' } }, ['link_id']),
    annotations: { ...write, destructiveHint: true },
    tags: ['links'],
    kind: 'delete',
    source: { resource: 'links', method: 'delete' },
    request: { method: 'DELETE', path: '/v1/links/{id}', locations: { link_id: { in: 'path', name: 'id' } } },
  }),
  tool({
    name: 'list_all_acme_events',
    inputSchema: input({ start_id: { type: 'integer' }, folder: { type: 'string' }, ...paging }, ['start_id']),
    outputSchema: listOf({ type: 'object' }),
    annotations: readOnly,
    tags: ['events'],
    kind: 'list',
    source: { resource: 'events', method: 'list' },
    request: {
      method: 'GET',
      path: '/v1/events',
      responsePath: 'events',
      locations: { start_id: { in: 'query', name: 'id' }, folder: { in: 'query', name: 'folder' } },
      pagination: {
        style: 'cursor',
        cursorParam: 'id',
        paramsIn: 'query',
        nextCursorPath: 'latest_id',
        cursorOnly: false,
        limitParam: 'count',
        maxLimit: 100,
        defaultLimit: 2,
      },
    },
  }),
  tool({
    name: 'list_all_acme_audit_events',
    inputSchema: input({ types: { type: 'array', items: { type: 'string' } }, ...paging }),
    outputSchema: listOf({ type: 'object' }),
    annotations: readOnly,
    tags: ['audit'],
    kind: 'list',
    source: { resource: 'audit', method: 'list' },
    request: {
      method: 'GET',
      path: '/v2/audit/stream',
      responsePath: 'events',
      locations: { types: { in: 'query', name: 'type' } },
      pagination: {
        style: 'cursor',
        cursorParam: 'nextCursor',
        paramsIn: 'query',
        nextCursorPath: 'nextCursor',
        morePath: 'moreEvents',
        cursorOnly: true,
      },
    },
  }),
  tool({
    name: 'add_members_to_an_acme_group',
    inputSchema: input({ group_id: { type: 'string', format: 'uuid' }, user_ids: { type: 'array', items: userId } }, [
      'group_id',
      'user_ids',
    ]),
    argumentChecks: { '/properties/user_ids/items': userIdCheck },
    annotations: write,
    tags: ['groups'],
    kind: 'custom',
    source: { resource: 'groups', method: 'add_members' },
    request: {
      method: 'PATCH',
      path: '/v2/groups/{id}',
      fixedBody: { op: 'add' },
      locations: { group_id: { in: 'path', name: 'id' }, user_ids: { in: 'body', name: 'members' } },
    },
  }),
];

export const fixture: ServerData = {
  dataContract: DATA_CONTRACT,
  version: '1.2.3',
  integration: {
    name: 'acme',
    displayName: 'Acme',
    packageName: 'acme-mcp-server',
    baseUrl: 'https://{domain}.acme.test',
    baseUrlEnv: 'ACME_BASE_URL',
    baseUrlVariables: { domain: { env: 'ACME_DOMAIN', pattern: '^[a-z0-9-]+$', description: 'Acme tenant name' } },
    auth: { type: 'bearer', tokenEnv: 'ACME_ACCESS_TOKEN' },
    rateLimit: {
      throttledWhen: [
        {
          status: 403,
          header: 'X-Mashery-Error-Code',
          values: ['ERR_403_DEVELOPER_OVER_QPS', 'ERR_403_DEVELOPER_OVER_RATE'],
        },
        { status: 429 },
      ],
      retryAfterHeader: 'Retry-After',
      counters: [
        { limitHeader: 'X-Accesstoken-Qps-Allotted', usedHeader: 'X-Accesstoken-Qps-Current' },
        { limitHeader: 'X-Accesstoken-Quota-Allotted', usedHeader: 'X-Accesstoken-Quota-Current' },
      ],
    },
    errorMessagePaths: ['Errors.0.description', 'errorMessage', 'message'],
  },
  tools,
};
