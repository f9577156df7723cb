/** Runtime 1.3.0's two spec-declared shapes: per-item failures of a batch answer, and [{key, value}] spread into a body. */

import type { ToolDefinition, UpstreamCredentials } from 'saas-mcp-runtime';
import type { PartialFailure } from 'saas-mcp-runtime/contract';
import { describe, expect, it } from 'vitest';
import { partialFailureError } from '../../templates/runtime/src/calls/partial-failure.js';
import { buildRequest, mapFromEntries } from '../../templates/runtime/src/upstream/request.js';

const credentials: UpstreamCredentials = { baseUrl: 'https://api.example', accessToken: 't' };

const RULE: PartialFailure = {
  status: 207,
  itemsPath: 'resources',
  idPath: 'id',
  reasonPaths: ['code', 'descriptions'],
};

describe('partial failure', () => {
  it('names every failed item with its code and reasons, and says the rest succeeded', () => {
    const error = partialFailureError(RULE, 207, {
      resources: [
        { id: 'a', code: 404, descriptions: ['Item not found in trash'] },
        { id: 'b', code: 409, descriptions: ['Taken', 'Try later'] },
      ],
    });
    expect(error).toEqual({
      error: 'partial_failure',
      status: 207,
      failed: [
        { id: 'a', reason: '404: Item not found in trash' },
        { id: 'b', reason: '409: Taken; Try later' },
      ],
      message:
        'the upstream API did only part of the request (207): 2 items failed: a (404: Item not found in trash), b (409: Taken; Try later). The other items succeeded',
    });
  });

  it('leaves other statuses and tools without a rule alone', () => {
    expect(partialFailureError(RULE, 200, { resources: [] })).toBeUndefined();
    expect(partialFailureError(undefined, 207, { resources: [{ id: 'a' }] })).toBeUndefined();
  });

  it('still fails when the answer names nothing, and caps what an answer can make it repeat', () => {
    expect(partialFailureError(RULE, 207, { oops: true })?.message).toMatch(/without naming the items that failed/);
    const many = {
      resources: Array.from({ length: 60 }, (_, i) => ({ id: `id${i}`, code: 500, descriptions: ['x'.repeat(500)] })),
    };
    const error = partialFailureError(RULE, 207, many)!;
    expect(error.failed).toHaveLength(50);
    expect(error.failed![0]!.reason.length).toBe(200);
    expect(error.message).toContain('60 items failed');
    expect(error.message).toContain('and 10 more');
    expect(partialFailureError(RULE, 207, { resources: [{ code: 400 }, 'junk'] })?.failed).toEqual([
      { id: '(no id)', reason: '400' },
    ]);
  });
});

const KV = { key: 'key', value: 'value' };

describe('map entries (x-send-as-map)', () => {
  it('spreads pairs into an object, own properties even for __proto__', () => {
    const spread = mapFromEntries(
      'values',
      [
        { key: 'status', value: 'signed' },
        { key: '__proto__', value: 'x' },
      ],
      KV,
    );
    expect(spread.ok && JSON.stringify(spread.value)).toBe('{"status":"signed","__proto__":"x"}');
    expect(spread.ok && Object.getPrototypeOf(spread.value)).toBe(Object.prototype);
  });

  it('refuses a repeated key and anything not shaped { key, value }', () => {
    expect(
      mapFromEntries(
        'values',
        [
          { key: 'a', value: '1' },
          { key: 'a', value: '2' },
        ],
        KV,
      ),
    ).toEqual({ ok: false, message: 'values names "a" twice; give each key once' });
    for (const bad of [{}, [{ value: '1' }], [{ key: 'a' }], ['a=1']]) {
      expect(mapFromEntries('values', bad, KV).ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it('builds the vendor body from the flat argument, next to the other body fields', () => {
    const tool = {
      name: 'set_acme_metadata',
      request: {
        method: 'PUT',
        path: '/items/{id}',
        locations: {
          id: { in: 'path', name: 'id' },
          note: { in: 'body', name: 'note' },
          values: { in: 'body', name: 'values', sendAsMap: { ...KV, spread: true } },
        },
      },
    } as unknown as ToolDefinition; // only the request template matters to buildRequest
    const built = buildRequest(
      tool,
      {
        id: 'x1',
        note: 'n',
        values: [
          { key: 'a', value: '1' },
          { key: 'b', value: '2' },
        ],
      },
      credentials,
    );
    expect(built.ok && JSON.parse(built.value.body ?? '')).toEqual({ note: 'n', a: '1', b: '2' });
    expect(
      buildRequest(
        tool,
        {
          id: 'x1',
          values: [
            { key: 'a', value: '1' },
            { key: 'a', value: '1' },
          ],
        },
        credentials,
      ),
    ).toEqual({ ok: false, message: 'values names "a" twice; give each key once' });
  });
});
