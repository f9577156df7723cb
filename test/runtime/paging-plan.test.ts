/** Unit tables for paging: page sizes, where paging parameters go, and when a listing ends. */

import type { ToolDefinition } from 'saas-mcp-runtime';
import type { CursorPagination, OffsetPagination, Pagination } from 'saas-mcp-runtime/contract';
import { describe, expect, it } from 'vitest';
import { planPage, readPage } from '../../templates/runtime/src/upstream/paging/paginate.js';
import { buildRequest } from '../../templates/runtime/src/upstream/request.js';
import { tools } from './fixture.js';

const scim: OffsetPagination = {
  style: 'offset',
  offsetParam: 'startIndex',
  limitParam: 'count',
  paramsIn: 'query',
  firstOffset: 1,
  maxLimit: 100,
  defaultLimit: 50,
  totalPath: 'totalResults',
};
const plain: OffsetPagination = { ...scim, offsetParam: 'offset', firstOffset: 0, totalPath: undefined };
const events: CursorPagination = {
  style: 'cursor',
  cursorParam: 'id',
  paramsIn: 'query',
  nextCursorPath: 'latest_id',
  cursorOnly: false,
  limitParam: 'count',
  maxLimit: 100,
};
const stream: CursorPagination = {
  style: 'cursor',
  cursorParam: 'nextCursor',
  paramsIn: 'body',
  nextCursorPath: 'nextCursor',
  morePath: 'moreEvents',
  cursorOnly: true,
};

function plan(pagination: Pagination, args: Record<string, unknown>) {
  const planned = planPage(pagination, 'tool', args);
  if (!planned.ok) {
    throw new Error(planned.message);
  }
  return planned.value;
}

describe('planPage', () => {
  it.each([
    [scim, {}, { startIndex: 1, count: 50 }],
    [scim, { limit: 10 }, { startIndex: 1, count: 10 }],
    [scim, { limit: 500 }, { startIndex: 1, count: 100 }],
    [plain, {}, { offset: 0, count: 50 }],
    [events, { limit: 7 }, { count: 7 }],
    [stream, {}, {}],
  ])('%j with %j sends %j', (pagination, args, want) => {
    expect(plan(pagination, args).paging.values).toEqual(want);
  });
});

describe('readPage', () => {
  const items = (count: number) => Array.from({ length: count }, (_, index) => ({ index }));
  const hasNext = (
    pagination: OffsetPagination | CursorPagination,
    args: Record<string, unknown>,
    body: unknown,
    path: string,
  ) => {
    const page = readPage(pagination, plan(pagination, args), body, path);
    if (!page.ok) {
      throw new Error(page.message);
    }
    return page.value.next_cursor !== null;
  };

  it.each([
    ['1-based, more to come', scim, { limit: 2 }, { totalResults: 5, resources: items(2) }, true],
    ['1-based, total reached', scim, { limit: 5 }, { totalResults: 5, resources: items(5) }, false],
    ['1-based, short page but total says more', scim, { limit: 5 }, { totalResults: 9, resources: items(3) }, true],
    ['empty page', scim, {}, { totalResults: 9, resources: [] }, false],
    ['0-based, full page', plain, { limit: 2 }, { resources: items(2) }, true],
    ['0-based, short page', plain, { limit: 3 }, { resources: items(2) }, false],
    ['cursor, next given', events, {}, { latest_id: 9, resources: items(1) }, true],
    ['cursor, empty body (204)', events, {}, undefined, false],
    ['cursor, morePath false', stream, {}, { nextCursor: 'x', moreEvents: false, resources: items(2) }, false],
    ['cursor, no next value', stream, {}, { moreEvents: true, resources: items(2) }, false],
  ])('%s', (_, pagination, args, body, want) => {
    expect(hasNext(pagination, args, body, 'resources')).toBe(want);
  });

  it('refuses a body without an item list', () => {
    expect(readPage(scim, plan(scim, {}), { resources: 'nope' }, 'resources')).toMatchObject({ ok: false });
  });
});

describe('paging parameters in the body', () => {
  const search: ToolDefinition = {
    ...tools[0]!,
    request: {
      method: 'POST',
      path: '/v2/search',
      locations: { query: { in: 'body', name: 'query' } },
      pagination: { ...plain, paramsIn: 'body' },
    },
  };

  it('puts offset and count next to the body arguments', () => {
    const built = buildRequest(
      search,
      { query: 'report' },
      { baseUrl: 'http://up', accessToken: 't' },
      plan(search.request.pagination!, { limit: 5 }).paging,
    );
    expect(built).toMatchObject({
      ok: true,
      value: { url: 'http://up/v2/search', body: '{"query":"report","offset":0,"count":5}' },
    });
  });

  it('cursorOnly follow-ups send only the cursor', () => {
    const first = plan(stream, { type: 'x' });
    const next = readPage(stream, first, { nextCursor: 'abc', moreEvents: true, events: [{}] }, 'events');
    const cursor = next.ok ? next.value.next_cursor : null;
    const follow = plan(stream, { type: 'x', next_cursor: cursor });
    const streamTool: ToolDefinition = {
      ...search,
      request: { ...search.request, locations: { type: { in: 'body', name: 'type' } }, pagination: stream },
    };
    const built = buildRequest(streamTool, { type: 'x' }, { baseUrl: 'http://up', accessToken: 't' }, follow.paging);
    expect(built).toMatchObject({ ok: true, value: { body: '{"nextCursor":"abc"}' } });
  });
});
