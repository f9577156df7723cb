import type { JsonSchema } from 'saas-mcp-runtime';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../generator/diagnostics/diagnostic.js';
import type { DocEntryModel, IdentifierKind, MethodModel } from '../../generator/ir/types.js';
import { flatten } from '../../generator/pipeline/flatten.js';

const origin = { file: 'x.yaml', path: [] };
const userId: IdentifierKind = {
  key: 'user_id',
  label: 'numeric user id',
  description: 'Numeric user id, not the username.',
  findWith: 'list_all_x_users',
  schema: { type: 'integer', minimum: 1 },
  origin,
};
const ids = new Map([['user_id', userId]]);

function doc(extra: Partial<DocEntryModel>): DocEntryModel {
  return { description: 'A documented method for tests.', bodyRequired: true, examples: [], origin, ...extra };
}
function method(extra: Partial<MethodModel>, d: Partial<DocEntryModel> = {}): MethodModel {
  return {
    key: 'update',
    kind: 'update',
    http: 'PATCH',
    path: '/x',
    pathParams: [],
    annotations: {},
    origin,
    doc: doc(d),
    ...extra,
  };
}
function run(m: MethodModel) {
  const issues: Issue[] = [];
  const out = flatten(m, ids, (o) => o.file, issues);
  return { ...out, issues, props: out.inputSchema.properties as Record<string, JsonSchema> };
}

describe('flatten', () => {
  it('merges path, query and body into one closed object and maps each name back', () => {
    const r = run(
      method(
        {
          path: '/users/{id}',
          pathParams: [{ name: 'id', flatName: 'id', identifier: 'user_id', multiSegment: false, origin }],
        },
        {
          querySchema: {
            type: 'object',
            properties: { verbose: { type: 'boolean', description: 'More detail please.' } },
          },
          bodySchema: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'object', properties: { given: { type: 'string' } } } },
          },
        },
      ),
    );
    expect(r.issues).toEqual([]);
    expect(r.inputSchema).toMatchObject({ type: 'object', additionalProperties: false, required: ['id', 'name'] });
    expect(Object.keys(r.props)).toEqual(['id', 'verbose', 'name']);
    expect(r.locations).toEqual({
      id: { in: 'path', name: 'id' },
      verbose: { in: 'query', name: 'verbose' },
      name: { in: 'body', name: 'name' },
    });
    expect(r.props.name).toEqual({ type: 'object', properties: { given: { type: 'string' } } });
  });

  it('inlines identifier kinds with their wording and the tool that finds one', () => {
    const r = run(
      method({
        path: '/u/{id}',
        pathParams: [
          {
            name: 'id',
            flatName: 'id',
            identifier: 'user_id',
            description: 'The user to change.',
            multiSegment: false,
            origin,
          },
        ],
      }),
    );
    expect(r.props.id).toEqual({
      type: 'integer',
      minimum: 1,
      description: 'The user to change. Numeric user id, not the username. Find one with list_all_x_users.',
      'x-identifier': { kind: 'user_id', label: 'numeric user id', findWith: 'list_all_x_users' },
    });
  });

  it('makes body properties optional when the body itself is optional', () => {
    const r = run(
      method(
        {},
        {
          bodyRequired: false,
          bodySchema: {
            type: 'object',
            required: ['a'],
            properties: { a: { type: 'string', description: 'Field a of the body.' } },
          },
        },
      ),
    );
    expect(r.inputSchema.required).toBeUndefined();
  });

  it('renames with x-flat-name and flat_name, and keeps the vendor name in the location map', () => {
    const r = run(
      method(
        { path: '/f/{path}', pathParams: [{ name: 'path', flatName: 'source', multiSegment: true, origin }] },
        {
          bodySchema: {
            type: 'object',
            properties: { path: { type: 'string', 'x-flat-name': 'destination', description: 'Where it goes.' } },
          },
        },
      ),
    );
    expect(r.issues).toEqual([]);
    expect(r.locations).toEqual({
      source: { in: 'path', name: 'path', multiSegment: true },
      destination: { in: 'body', name: 'path' },
    });
    expect(r.props.destination).not.toHaveProperty('x-flat-name');
  });

  it('reports a name used in two locations', () => {
    const r = run(
      method(
        {
          path: '/u/{id}',
          pathParams: [{ name: 'id', flatName: 'id', multiSegment: false, origin: { file: 'r.yaml', path: [] } }],
        },
        { querySchema: { type: 'object', properties: { id: { type: 'string', description: 'Another id here.' } } } },
      ),
    );
    expect(r.issues.map((i) => i.code)).toEqual(['FLAT_NAME_COLLISION']);
    expect(r.issues[0]!.message).toContain('r.yaml');
  });

  it('replaces offset paging parameters with limit and next_cursor', () => {
    const r = run(
      method(
        {
          kind: 'list',
          http: 'GET',
          pagination: {
            style: 'offset',
            offsetParam: 'startIndex',
            limitParam: 'count',
            paramsIn: 'query',
            firstOffset: 1,
            maxLimit: 100,
            defaultLimit: 100,
          },
        },
        {
          querySchema: {
            type: 'object',
            properties: {
              startIndex: { type: 'integer' },
              count: { type: 'integer' },
              filter: { type: 'string', description: 'A SCIM filter expression.' },
            },
          },
        },
      ),
    );
    expect(Object.keys(r.props)).toEqual(['filter', 'limit', 'next_cursor']);
    expect(r.props.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    expect(r.locations).toEqual({ filter: { in: 'query', name: 'filter' } });
  });

  it('keeps a documented cursor parameter as the first call start', () => {
    const r = run(
      method(
        {
          kind: 'list',
          http: 'GET',
          pagination: {
            style: 'cursor',
            cursorParam: 'id',
            paramsIn: 'query',
            nextCursorPath: 'latest_id',
            cursorOnly: false,
            limitParam: 'count',
            maxLimit: 100,
          },
        },
        {
          querySchema: {
            type: 'object',
            required: ['id'],
            properties: {
              id: { type: 'integer', description: 'Start after this event id.' },
              count: { type: 'integer' },
            },
          },
        },
      ),
    );
    expect(Object.keys(r.props)).toEqual(['id', 'limit', 'next_cursor']);
    expect(r.inputSchema.required).toEqual(['id']);
  });
});
