/** Unit tables for the page-number, Link-header and header-cursor paging styles. */

import type { ToolDefinition } from 'saas-mcp-runtime';
import type {
  HeaderCursorPagination,
  LinkHeaderPagination,
  PageNumberPagination,
  Pagination,
} from 'saas-mcp-runtime/contract';
import { describe, expect, it } from 'vitest';
import { underBase } from '../../templates/runtime/src/upstream/base-url.js';
import { linkTarget, withoutParams } from '../../templates/runtime/src/upstream/paging/link.js';
import { type PagePlan, planPage, readPage } from '../../templates/runtime/src/upstream/paging/paginate.js';
import { buildRequest } from '../../templates/runtime/src/upstream/request.js';
import { tools } from './fixture.js';

const page: PageNumberPagination = {
  style: 'page',
  pageParam: 'page',
  sizeParam: 'per_page',
  paramsIn: 'query',
  firstPage: 1,
  maxLimit: 100,
  defaultLimit: 2,
};
const link: LinkHeaderPagination = { style: 'link_header', limitParam: 'per_page', maxLimit: 100, defaultLimit: 30 };
const header: HeaderCursorPagination = {
  style: 'header_cursor',
  cursorParam: 'page',
  nextCursorHeader: 'X-Next-Page',
  paramsIn: 'query',
  limitParam: 'per_page',
  maxLimit: 100,
};
const items = (count: number) => Array.from({ length: count }, (_, index) => ({ index }));
const headers = (values: Record<string, string>) => (name: string) => values[name.toLowerCase()] ?? null;

function plan(pagination: Pagination, args: Record<string, unknown>): PagePlan {
  const planned = planPage(pagination, 'tool', args);
  if (!planned.ok) {
    throw new Error(planned.message);
  }
  return planned.value;
}

/** The next cursor after reading `body` (and headers) for the first page, or null. */
function next(
  pagination: Pagination,
  body: unknown,
  head: Record<string, string> = {},
  args: Record<string, unknown> = {},
) {
  const read = readPage(pagination, plan(pagination, args), body, undefined, {
    header: headers(head),
    baseUrl: 'https://api.example/v4',
  });
  if (!read.ok) {
    throw new Error(read.message);
  }
  return read.value.next_cursor;
}

describe('page-number paging', () => {
  it('sends the first page and the page size, then page + 1', () => {
    expect(plan(page, { limit: 5 }).paging.values).toEqual({ page: 1, per_page: 5 });
    const cursor = next(page, items(2));
    expect(plan(page, { next_cursor: cursor }).paging.values).toEqual({ page: 2, per_page: 2 });
  });

  it.each([
    ['a full page without totals: more', page, { rows: items(2) }, true],
    ['a short page: the end', page, { rows: items(1) }, false],
    ['total pages reached', { ...page, totalPagesPath: 'pages' }, { pages: 1, rows: items(2) }, false],
    ['total pages ahead', { ...page, totalPagesPath: 'pages' }, { pages: 3, rows: items(1) }, true],
    ['total items reached', { ...page, totalItemsPath: 'count' }, { count: 2, rows: items(2) }, false],
    ['total items ahead', { ...page, totalItemsPath: 'count' }, { count: 3, rows: items(2) }, true],
    ['has_more false', { ...page, morePath: 'has_more' }, { has_more: false, rows: items(2) }, false],
    ['next_page null (Zendesk)', { ...page, morePath: 'next_page' }, { next_page: null, rows: items(2) }, false],
    ['next_page URL', { ...page, morePath: 'next_page' }, { next_page: 'https://x/?page=2', rows: items(1) }, true],
    ['empty page', page, { rows: [] }, false],
  ] as const)('%s', (_, pagination, body, more) => {
    const read = readPage(pagination, plan(pagination, {}), body, 'rows');
    expect(read.ok && read.value.next_cursor !== null).toBe(more);
  });
});

describe('Link header paging', () => {
  it.each([
    [
      '<https://api.example/v4/items?page=2>; rel="next", <https://api.example/v4/items?page=9>; rel="last"',
      'https://api.example/v4/items?page=2',
    ],
    [
      '<https://api.example/v4/items?page=9>; rel="last", <https://api.example/v4/items?page=3>; rel=next',
      'https://api.example/v4/items?page=3',
    ],
    ['<https://x/a>; rel="prev next"', 'https://x/a'],
    ['<https://x/a>; rel="last"', undefined],
    ['', undefined],
  ])('%s -> %s', (text, want) => {
    expect(linkTarget(text, 'next')).toBe(want);
  });

  it.each([
    ['https://api.example/v4/items?page=2', '/items?page=2'],
    ['/v4/items?page=2', '/items?page=2'],
    ['https://evil.example/v4/items', null],
    ['http://api.example/v4/items', null],
    ['https://api.example/v3/items', null],
    ['https://api.example/v4/../admin', null],
    ['https://api.example/v4/%2e%2e/admin', null],
    ['https://user:pw@api.example/v4/items', null],
    ['https://api.example/v4extra/items', null],
  ])('%s stays under the base: %s', (target, want) => {
    const relative = underBase('https://api.example/v4', target);
    expect(relative.ok ? relative.value : null).toBe(want);
  });

  it('sends the page size first, then the next URL as it is, and refuses a forged cursor', () => {
    expect(plan(link, { limit: 10 }).paging.values).toEqual({ per_page: 10 });
    const cursor = next(link, items(1), { link: '<https://api.example/v4/items?page=2&per_page=10>; rel="next"' });
    const follow = plan(link, { next_cursor: cursor });
    expect(follow.paging.nextUrl).toBe('/items?page=2&per_page=10');
    const tool: ToolDefinition = {
      ...tools[0]!,
      request: { method: 'GET', path: '/items', locations: {}, pagination: link },
    };
    const credentials = { baseUrl: 'https://api.example/v4', accessToken: 't' };
    expect(buildRequest(tool, {}, credentials, follow.paging)).toMatchObject({
      ok: true,
      value: { url: 'https://api.example/v4/items?page=2&per_page=10' },
    });
    for (const forged of ['@evil.example/x', '/../admin', '/%2e%2e/admin']) {
      expect(buildRequest(tool, {}, credentials, { ...follow.paging, nextUrl: forged })).toMatchObject({ ok: false });
    }
  });

  it('refuses a next link to another host, and ends without a next link', () => {
    const read = readPage(link, plan(link, {}), items(1), undefined, {
      header: headers({ link: '<https://evil.example/v4/x>; rel="next"' }),
      baseUrl: 'https://api.example/v4',
    });
    expect(read).toMatchObject({ ok: false, message: expect.stringContaining('outside its own API') });
    expect(next(link, items(1), { link: '<https://api.example/v4/x?page=1>; rel="prev"' })).toBeNull();
  });
});

describe('credentials echoed into a next link', () => {
  it.each([
    ['/items?page=2&private_token=s3cret', '/items?page=2'],
    ['/items?private_token=s3cret', '/items'],
    ['/items?private%5Ftoken=s3cret&a=1', '/items?a=1'],
    ['/items?page=2', '/items?page=2'],
  ])('%s -> %s', (relative, want) => {
    expect(withoutParams(relative, ['private_token'])).toBe(want);
  });
});

describe('header cursor paging', () => {
  it('reads the next cursor from the header; an empty header ends the listing', () => {
    const cursor = next(header, items(2), { 'x-next-page': '2' }, { limit: 2 });
    expect(plan(header, { limit: 2, next_cursor: cursor }).paging.values).toEqual({ page: '2', per_page: 2 });
    expect(next(header, items(2), { 'x-next-page': '' })).toBeNull();
    expect(next(header, items(2))).toBeNull();
  });
});
