/**
 * One mapping rule per test, on small hand-written documents: what lands in the specs, what the
 * report says was left out and why, and that the unchanged generator accepts the result.
 */
import { describe, expect, it } from 'vitest';
import { doc, importDoc, problems } from './harness.js';

const ok = {
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
  },
};
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The widget identifier.',
  schema: { type: 'string' },
};
const described = (text: string) => ({ summary: text, description: `${text} in the Acme account.` });

describe('integration.yaml from servers and securitySchemes', () => {
  it('takes the base URL with its variables and every scheme the spec format sends', async () => {
    const imported = await importDoc(
      doc(
        { '/widgets': { get: { ...described('List widgets'), responses: ok } } },
        {
          servers: [
            {
              url: 'https://{region}.acme.test/v1',
              variables: { region: { default: 'eu', enum: ['eu', 'us'], description: 'Data region of the account.' } },
            },
          ],
          components: {
            securitySchemes: {
              token: { type: 'http', scheme: 'bearer' },
              basicAuth: { type: 'http', scheme: 'basic' },
              apiKey: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
              queryKey: { type: 'apiKey', in: 'query', name: 'key' },
              machine: {
                type: 'oauth2',
                flows: { clientCredentials: { tokenUrl: 'https://acme.test/oauth/token', scopes: { read: 'Read' } } },
              },
              session: { type: 'apiKey', in: 'cookie', name: 'sid' },
            },
          },
        },
      ),
    );
    const integration = await imported.yaml('integration.yaml');
    expect(integration).toMatchObject({
      name: 'acme',
      display_name: 'Acme',
      package_name: 'acme-mcp-server',
      base_url: 'https://{region}.acme.test/v1',
      base_url_env: 'ACME_BASE_URL',
      base_url_variables: {
        region: { env: 'ACME_REGION', description: 'Data region of the account.', pattern: '^(eu|us)$' },
      },
      auth: [
        { type: 'bearer', token_env: 'ACME_TOKEN' },
        { type: 'basic', username_env: 'ACME_USERNAME', password_env: 'ACME_PASSWORD' },
        { type: 'api_key', in: 'header', name: 'X-Api-Key', key_env: 'ACME_API_KEY' },
        { type: 'api_key', in: 'query', name: 'key', key_env: 'ACME_QUERY_KEY' },
        {
          type: 'oauth2_client_credentials',
          token_url: 'https://acme.test/oauth/token',
          client_id_env: 'ACME_CLIENT_ID',
          client_secret_env: 'ACME_CLIENT_SECRET',
          scopes: ['read'],
        },
      ],
    });
    expect(imported.result.integrationNotes).toContain(
      'auth session: apiKey in cookie is not a scheme the spec format sends; left out',
    );
    expect(problems(await imported.compiled())).toEqual([]);
  });

  it('says when there is no server URL or security scheme to take', async () => {
    const imported = await importDoc({
      openapi: '3.1.0',
      info: { title: 'Acme', version: '2' },
      paths: { '/widgets': { get: { ...described('List widgets'), responses: ok } } },
    });
    expect(await imported.yaml('integration.yaml')).toMatchObject({
      base_url: 'https://api.example.invalid',
      auth: { type: 'bearer', token_env: 'ACME_TOKEN' },
    });
    expect(imported.result.integrationNotes.join('\n')).toMatch(
      /servers: none in the document; base_url is a placeholder/,
    );
    expect(imported.result.integrationNotes.join('\n')).toMatch(
      /declares no usable security scheme; a bearer token is assumed/,
    );
    expect(problems(await imported.compiled())).toEqual([]);
  });
});

describe('the documentation gate', () => {
  it('writes a docs entry only from the vendor words; an undescribed operation has none and is reported', async () => {
    const imported = await importDoc(
      doc({
        '/widgets/{id}': {
          parameters: [idParam],
          get: { summary: 'Get a widget', description: 'Returns one widget with its size and colour.', responses: ok },
          delete: { operationId: 'deleteWidget', responses: { '204': { description: 'gone' } } },
          patch: { summary: 'Edit', responses: ok },
        },
      }),
    );
    expect(Object.keys((await imported.yaml('docs/widgets.yaml')).widgets as object)).toEqual(['get']);
    expect(await imported.entry('widgets', 'get')).toMatchObject({
      title: 'Get a widget',
      description: 'Returns one widget with its size and colour.',
    });
    expect(imported.result.undocumented).toEqual([
      {
        operation: 'PATCH /widgets/{id}',
        tool: 'update_an_acme_widget_by_id',
        reason: 'its summary/description ("Edit") is shorter than 20 characters',
      },
      {
        operation: 'DELETE /widgets/{id} (deleteWidget)',
        tool: 'delete_an_acme_widget_by_id',
        reason: 'the document gives it no summary or description',
      },
    ]);
    const compiled = await imported.compiled();
    expect(problems(compiled)).toEqual([]);
    expect(compiled.plan!.tools.map((t) => t.definition.name)).toEqual(['get_single_acme_widget_by_id']);
    expect(compiled.plan!.skipped.map((s) => s.method).sort()).toEqual(['delete', 'update']);
  });

  it('leaves out an optional parameter without a description, and skips an operation whose required one has none', async () => {
    const imported = await importDoc(
      doc({
        '/widgets': {
          get: {
            ...described('List widgets'),
            parameters: [
              { name: 'colour', in: 'query', schema: { type: 'string' } },
              {
                name: 'size',
                in: 'query',
                description: 'Only widgets of this size.',
                schema: { type: 'string', enum: ['s', 'm', 'l'] },
              },
            ],
            responses: ok,
          },
          post: {
            ...described('Create a widget'),
            parameters: [{ name: 'owner', in: 'query', required: true, schema: { type: 'string' } }],
            responses: ok,
          },
        },
      }),
    );
    expect(imported.result.skipped).toEqual([
      { operation: 'POST /widgets', reason: "required query parameter 'owner' has no description in the document" },
    ]);
    expect(imported.result.leftOut).toContainEqual({
      operation: 'get_acme_widgets',
      note: "query parameter 'colour' left out: has no description in the document",
    });
    const tools = await imported.tools();
    expect(Object.keys(tools.tools[0]!.inputSchema.properties as object)).toEqual(['size']);
  });

  it('leaves out undescribed optional body properties (nested too) and skips when a required one is undescribed', async () => {
    const imported = await importDoc(
      doc({
        '/widgets': {
          post: {
            ...described('Create a widget'),
            requestBody: {
              required: true,
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['name'],
                    properties: {
                      name: { type: 'string', description: 'Name shown in the catalogue.' },
                      id: { type: 'string', readOnly: true, description: 'Assigned by Acme on creation.' },
                      notes: { type: 'string' },
                      box: {
                        type: 'object',
                        description: 'Packaging of the widget.',
                        properties: {
                          width: { type: 'number', description: 'Width in millimetres.' },
                          tint: { type: 'string' },
                        },
                      },
                    },
                  },
                },
              },
            },
            responses: ok,
          },
        },
        '/gadgets': {
          post: {
            ...described('Create a gadget'),
            requestBody: {
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
                },
              },
            },
            responses: ok,
          },
        },
      }),
    );
    expect(imported.result.skipped).toEqual([
      { operation: 'POST /gadgets', reason: 'required body.code has no description in the document' },
    ]);
    expect(imported.result.leftOut.map((l) => l.note)).toEqual([
      'body.notes left out: has no description in the document',
      'body.box.tint left out: has no description in the document',
    ]);
    expect((await imported.entry('widgets', 'create')).body_schema).toEqual({
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', description: 'Name shown in the catalogue.' },
        box: {
          type: 'object',
          description: 'Packaging of the widget.',
          properties: { width: { type: 'number', description: 'Width in millimetres.' } },
        },
      },
    });
    expect(problems(await imported.compiled())).toEqual([]);
  });
});

describe('parameters', () => {
  it('maps query array styles, renames awkward names and leaves out what the spec format cannot send', async () => {
    const param = (name: string, extra: object) => ({
      name,
      in: 'query',
      description: `The ${name} filter of the search.`,
      ...extra,
    });
    const array = { type: 'array', items: { type: 'string' } };
    const imported = await importDoc(
      doc({
        '/widgets': {
          get: {
            ...described('Search widgets'),
            parameters: [
              param('tags', { schema: array }),
              param('ids', { schema: array, explode: false }),
              param('codes', { schema: array, style: 'pipeDelimited' }),
              param('filter', { schema: { type: 'object' }, style: 'deepObject' }),
              param('page[size]', { schema: { type: 'integer', minimum: 1 } }),
              {
                name: 'X-Request-Id',
                in: 'header',
                description: 'Correlation id echoed back.',
                schema: { type: 'string' },
              },
              {
                name: 'Authorization',
                in: 'header',
                description: 'Credentials of the caller.',
                schema: { type: 'string' },
              },
              { name: 'session', in: 'cookie', description: 'Browser session cookie.', schema: { type: 'string' } },
            ],
            responses: ok,
          },
        },
      }),
    );
    const entry = await imported.entry('widgets', 'get_widgets');
    expect(entry.query_schema!.properties).toEqual({
      tags: { ...array, description: 'The tags filter of the search.' },
      ids: { ...array, description: 'The ids filter of the search.', 'x-array-style': 'comma' },
      'page[size]': {
        type: 'integer',
        minimum: 1,
        description: 'The page[size] filter of the search.',
        'x-flat-name': 'page_size',
      },
    });
    expect(entry.header_schema!.properties).toEqual({
      'X-Request-Id': { type: 'string', description: 'Correlation id echoed back.', 'x-flat-name': 'x_request_id' },
    });
    expect(imported.result.leftOut.map((l) => l.note)).toEqual(
      [
        "query parameter 'codes' left out: uses style 'pipeDelimited'; the spec format sends query arrays as repeat (form, explode) or comma (form, no explode)",
        "query parameter 'filter' left out: uses style 'deepObject'; the spec format sends query arrays as repeat (form, explode) or comma (form, no explode)",
        "header parameter 'Authorization' left out: set by the runtime or the auth scheme",
        "cookie parameter 'session' left out: travels in a cookie, which the spec format does not send",
        'returns a list, but the document shows no paging parameters or headers: declare pagination by hand (and rename the method to list) to make it a list tool',
      ].filter((n) => !n.startsWith('returns')),
    );
    const tools = await imported.tools();
    expect(tools.tools[0]!.request.locations).toMatchObject({
      ids: { in: 'query', name: 'ids', arrayStyle: 'comma' },
      page_size: { in: 'query', name: 'page[size]' },
      x_request_id: { in: 'header', name: 'X-Request-Id' },
    });
  });

  it('skips an operation whose path parameter is not a simple value', async () => {
    const imported = await importDoc(
      doc({
        '/widgets/{ids}': {
          get: {
            ...described('Get several widgets'),
            parameters: [
              {
                name: 'ids',
                in: 'path',
                required: true,
                style: 'matrix',
                description: 'Widget ids, several at once.',
                schema: { type: 'string' },
              },
            ],
            responses: ok,
          },
        },
      }),
    );
    expect(imported.result.skipped).toEqual([
      {
        operation: 'GET /widgets/{ids}',
        reason: "required path parameter 'ids' uses style 'matrix', which the spec format does not send",
      },
    ]);
  });

  it('renames a body property that collides with a query parameter', async () => {
    const name = { type: 'string', description: 'Name of the widget to find.' };
    const imported = await importDoc(
      doc({
        '/widgets': {
          post: {
            ...described('Create a widget'),
            parameters: [
              { name: 'name', in: 'query', description: 'Name of the template to copy.', schema: { type: 'string' } },
            ],
            requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { name } } } } },
            responses: ok,
          },
        },
      }),
    );
    const tools = await imported.tools();
    expect(tools.tools[0]!.request.locations).toEqual({
      name: { in: 'query', name: 'name' },
      body_name: { in: 'body', name: 'name' },
    });
  });
});

describe('schemas', () => {
  it('merges allOf, spells nullable as a null type, keeps enums, known formats and required; reports oneOf and unknown formats', async () => {
    const imported = await importDoc(
      doc(
        {
          '/widgets': {
            post: {
              ...described('Create a widget'),
              requestBody: {
                required: true,
                content: {
                  'application/json': {
                    schema: {
                      allOf: [
                        { $ref: '#/components/schemas/Base' },
                        {
                          type: 'object',
                          required: ['colour'],
                          properties: {
                            colour: {
                              type: 'string',
                              enum: ['red', 'blue', 'red'],
                              description: 'Paint colour of the widget.',
                            },
                          },
                        },
                      ],
                    },
                  },
                },
              },
              responses: ok,
            },
          },
          '/gadgets': {
            post: {
              ...described('Create a gadget'),
              requestBody: {
                content: {
                  'application/json': {
                    schema: {
                      oneOf: [
                        { $ref: '#/components/schemas/Base' },
                        { type: 'object', properties: { x: { type: 'string', description: 'Another gadget shape.' } } },
                      ],
                    },
                  },
                },
              },
              responses: ok,
            },
          },
        },
        {
          components: {
            schemas: {
              Base: {
                type: 'object',
                required: ['name'],
                properties: {
                  name: { type: 'string', maxLength: 40, description: 'Name shown in the catalogue.' },
                  owner: { type: 'string', format: 'uuid', nullable: true, description: 'User who owns the widget.' },
                  serial: { type: 'string', format: 'acme-serial', description: 'Factory serial number.' },
                  weight: {
                    type: 'number',
                    minimum: 0,
                    exclusiveMinimum: true,
                    description: 'Weight in grams, above zero.',
                  },
                },
              },
            },
          },
        },
      ),
    );
    const body = (await imported.entry('widgets', 'create')).body_schema;
    expect(body).toEqual({
      type: 'object',
      required: ['name', 'colour'],
      properties: {
        name: { type: 'string', maxLength: 40, description: 'Name shown in the catalogue.' },
        owner: { type: ['string', 'null'], format: 'uuid', description: 'User who owns the widget.' },
        serial: { type: 'string', description: 'Factory serial number.' },
        weight: { type: 'number', exclusiveMinimum: 0, description: 'Weight in grams, above zero.' },
        colour: { type: 'string', enum: ['red', 'blue'], description: 'Paint colour of the widget.' },
      },
    });
    expect(imported.result.leftOut.map((l) => l.note)).toContain(
      "body.serial: format 'acme-serial' is not one the generator validates, left out",
    );
    expect(imported.result.skipped).toEqual([
      { operation: 'POST /gadgets', reason: 'request body is one of several shapes; write its body_schema by hand' },
    ]);
    expect(problems(await imported.compiled())).toEqual([]);
  });

  it('bounds a circular schema and still passes the generator', async () => {
    const imported = await importDoc(
      doc(
        {
          '/nodes/{id}': {
            get: {
              ...described('Get a tree node'),
              parameters: [idParam],
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
                },
              },
            },
          },
        },
        {
          components: {
            schemas: {
              Node: {
                type: 'object',
                properties: {
                  name: { type: 'string' },
                  children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
                },
              },
            },
          },
        },
      ),
    );
    expect(imported.result.leftOut.map((l) => l.note)).toEqual([
      'response: 1 circular reference(s) left open (type and description only)',
    ]);
    const response = (await imported.entry('nodes', 'get')).response_schema;
    expect(response).toEqual({
      type: 'object',
      properties: { name: { type: 'string' }, children: { type: 'array', items: { type: 'object' } } },
    });
    expect(problems(await imported.compiled())).toEqual([]);
  });
});

describe('request bodies', () => {
  it('sends form bodies as form, leaving nested fields out; skips a required body of another media type', async () => {
    const imported = await importDoc(
      doc({
        '/tokens': {
          post: {
            ...described('Create a token'),
            requestBody: {
              content: {
                'application/x-www-form-urlencoded': {
                  schema: {
                    type: 'object',
                    properties: {
                      scope: { type: 'string', description: 'Space-separated scopes.' },
                      meta: { type: 'object', properties: {}, description: 'Free-form metadata.' },
                    },
                  },
                },
              },
            },
            responses: ok,
          },
        },
        '/files': {
          post: {
            ...described('Upload a file'),
            requestBody: { required: true, content: { 'multipart/form-data': { schema: { type: 'object' } } } },
            responses: ok,
          },
        },
      }),
    );
    expect((await imported.yaml('resources/tokens.yaml')).methods).toEqual({
      create: { method: 'POST', path: '/tokens', body_encoding: 'form' },
    });
    expect(imported.result.leftOut.map((l) => l.note)).toEqual(['body.meta left out: nested in a form body']);
    expect(imported.result.skipped).toEqual([
      {
        operation: 'POST /files',
        reason: 'request body is multipart/form-data; the spec format sends JSON or form bodies',
      },
    ]);
    expect(problems(await imported.compiled())).toEqual([]);
  });
});

describe('names, kinds and tags', () => {
  it('gives CRUD names to the operations that fit, custom names from operationIds, resources from tags', async () => {
    const imported = await importDoc(
      doc({
        '/widgets': {
          post: { tags: ['Widgets'], operationId: 'createWidget', ...described('Create a widget'), responses: ok },
        },
        '/widgets/{id}': {
          parameters: [idParam],
          get: { tags: ['Widgets'], ...described('Get a widget'), responses: ok },
          put: { tags: ['Widgets'], ...described('Replace a widget'), responses: ok },
          delete: { tags: ['Widgets'], ...described('Delete a widget'), responses: { '204': { description: 'gone' } } },
        },
        '/widgets/{id}/archive': {
          parameters: [idParam],
          post: { tags: ['Widgets'], operationId: 'widgets/archive', ...described('Archive a widget'), responses: ok },
        },
        '/status': { get: { operationId: 'getServiceStatus', ...described('Service status'), responses: ok } },
      }),
    );
    const tools = await imported.tools();
    const byName = Object.fromEntries(tools.tools.map((t) => [t.name, t]));
    expect(Object.keys(byName).sort()).toEqual([
      'archive_acme_widgets',
      'create_an_acme_widget',
      'delete_an_acme_widget_by_id',
      'get_acme_service_status',
      'get_single_acme_widget_by_id',
      'update_an_acme_widget_by_id',
    ]);
    expect(byName.get_single_acme_widget_by_id!.annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
    });
    expect(byName.get_acme_service_status!.annotations).toMatchObject({ readOnlyHint: true });
    expect(byName.archive_acme_widgets!.annotations).toMatchObject({ readOnlyHint: false });
    expect(byName.delete_an_acme_widget_by_id!.annotations).toMatchObject({ destructiveHint: true });
    expect(byName.create_an_acme_widget!.tags).toEqual(['widgets']);
    expect(byName.get_acme_service_status!.tags).toEqual(['status']);
  });

  it('skips deprecated operations', async () => {
    const imported = await importDoc(
      doc({ '/widgets': { get: { ...described('List widgets'), deprecated: true, responses: ok } } }),
    );
    expect(imported.result.skipped).toEqual([{ operation: 'GET /widgets', reason: 'deprecated in the document' }]);
  });

  it('selects operations with --tags and --operations', async () => {
    const paths = {
      '/widgets': {
        get: { tags: ['widgets'], operationId: 'listWidgets', ...described('List widgets'), responses: ok },
        post: { tags: ['widgets'], operationId: 'createWidget', ...described('Create widget'), responses: ok },
      },
      '/gadgets': {
        get: { tags: ['gadgets'], operationId: 'listGadgets', ...described('List gadgets'), responses: ok },
      },
    };
    expect((await importDoc(doc(paths), { tags: ['Widgets'] })).result.imported.map((i) => i.operation)).toEqual([
      'GET /widgets (listWidgets)',
      'POST /widgets (createWidget)',
    ]);
    expect((await importDoc(doc(paths), { operations: '^list' })).result.imported.map((i) => i.operation)).toEqual([
      'GET /gadgets (listGadgets)',
      'GET /widgets (listWidgets)',
    ]);
  });
});

describe('paging', () => {
  const list = (parameters: object[], schema: object, headers: object = {}) => ({
    get: {
      ...described('List widgets'),
      parameters,
      responses: { '200': { description: 'ok', headers, content: { 'application/json': { schema } } } },
    },
  });
  const q = (name: string, schema: object = { type: 'integer' }) => ({
    name,
    in: 'query',
    description: `The ${name} of the page to fetch.`,
    schema,
  });
  const items = { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } };

  it.each([
    [
      'a Link header',
      [q('per_page', { type: 'integer', maximum: 50 })],
      items,
      { Link: { description: 'next', schema: { type: 'string' } } },
      { response_path: '$', pagination: { style: 'link_header', limit_param: 'per_page', max_limit: 50 } },
    ],
    [
      'a cursor and a next-cursor field',
      [q('cursor', { type: 'string' }), q('limit', { type: 'integer', maximum: 200 })],
      {
        type: 'object',
        properties: {
          data: items,
          meta: { type: 'object', properties: { next_cursor: { type: 'string' }, has_more: { type: 'boolean' } } },
        },
      },
      {},
      {
        response_path: 'data',
        pagination: {
          style: 'cursor',
          cursor_param: 'cursor',
          next_cursor_path: 'meta.next_cursor',
          more_path: 'meta.has_more',
          limit_param: 'limit',
          max_limit: 200,
        },
      },
    ],
    [
      'offset and limit',
      [q('offset'), q('limit', { type: 'integer', maximum: 100, default: 20 })],
      { type: 'object', properties: { results: items, total: { type: 'integer' } } },
      {},
      {
        response_path: 'results',
        pagination: {
          style: 'offset',
          offset_param: 'offset',
          first_offset: 0,
          limit_param: 'limit',
          max_limit: 100,
          default_limit: 20,
          total_path: 'total',
        },
      },
    ],
    [
      'page and page size',
      [q('page'), q('page_size', { type: 'integer', maximum: 100 })],
      { type: 'object', properties: { items, total_pages: { type: 'integer' } } },
      {},
      {
        response_path: 'items',
        pagination: {
          style: 'page',
          page_param: 'page',
          size_param: 'page_size',
          first_page: 1,
          max_limit: 100,
          total_pages_path: 'total_pages',
        },
      },
    ],
  ])('recognises %s and makes a list tool', async (_what, parameters, schema, headers, expected) => {
    const imported = await importDoc(doc({ '/widgets': list(parameters, schema, headers) }));
    expect((await imported.yaml('resources/widgets.yaml')).methods).toEqual({
      list: { method: 'GET', path: '/widgets', ...expected },
    });
    expect((await imported.tools()).tools.map((t) => t.name)).toEqual(['list_all_acme_widgets']);
  });

  it('reports a next-link field or a list without paging, for the user to declare', async () => {
    const next = await importDoc(
      doc({
        '/widgets': list([], { type: 'object', properties: { data: items, next: { type: 'string', format: 'uri' } } }),
      }),
    );
    expect(next.result.leftOut.map((l) => l.note)).toEqual([
      "the answer has a next-link field 'next'; the spec format pages by cursor, offset, page or Link header: declare pagination by hand",
    ]);
    const none = await importDoc(doc({ '/widgets': list([], items) }));
    expect(none.result.leftOut.map((l) => l.note)).toEqual([
      'returns a list, but the document shows no paging parameters or headers: declare pagination by hand (and rename the method to list) to make it a list tool',
    ]);
    expect((await none.tools()).tools.map((t) => t.name)).toEqual(['get_acme_widgets']);
  });

  it('assumes max_limit 100 when the page size has no maximum, and says so', async () => {
    const imported = await importDoc(doc({ '/widgets': list([q('offset'), q('limit')], items) }));
    expect(imported.result.leftOut.map((l) => l.note)).toEqual([
      "page size 'limit' has no maximum in the document; max_limit 100 assumed",
    ]);
  });
});
