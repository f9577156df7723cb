/**
 * One mapping rule per test, on small hand-written documents: what lands in the specs, what the
 * report says was left out and why, and that the unchanged generator accepts the result.
 */
import { describe, expect, it } from 'vitest';
import { described, idParam, ok } from './documents.js';
import { doc, importDoc, problems } from './harness.js';

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
