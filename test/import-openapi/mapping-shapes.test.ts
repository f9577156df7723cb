/**
 * Mapping rules for schemas, request bodies, names, kinds, tags and paging, one per test (the first
 * half, integration and parameters, is in mapping.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { described, idParam, ok } from './documents.js';
import { doc, importDoc, problems } from './harness.js';

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
