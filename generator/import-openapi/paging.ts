/**
 * Paging, recognised only where the document shows it: a Link response header, a cursor parameter
 * with a next-cursor field in the answer, offset + limit or page + size parameters. Anything else
 * that returns a list is left for the user to declare, with a note saying so.
 */
import { isObject, type JsonObject, obj, str } from './values.js';

export interface Paging {
  pagination?: JsonObject;
  responsePath?: string;
  /** The answer is a list (or holds one), whether or not paging was recognised. */
  listLike: boolean;
  note?: string;
}

const LIMIT = [
  'limit',
  'per_page',
  'perPage',
  'page_size',
  'pageSize',
  'size',
  'count',
  'max_results',
  'maxResults',
  'page[size]',
];
const CURSOR = [
  'cursor',
  'after',
  'starting_after',
  'page_token',
  'pageToken',
  'next_token',
  'nextToken',
  'continuation_token',
  'page[after]',
];
const NEXT_CURSOR = [
  'next_cursor',
  'nextCursor',
  'next_page_token',
  'nextPageToken',
  'next_token',
  'nextToken',
  'end_cursor',
  'endCursor',
  'after_cursor',
  'cursor',
  'after',
];
const MORE = ['has_more', 'hasMore', 'has_next_page', 'hasNextPage', 'more'];
const OFFSET = ['offset', 'skip', 'start', 'startIndex'];
const PAGE = ['page', 'page_number', 'pageNumber', 'page[number]'];
const TOTAL = ['total', 'total_count', 'totalCount', 'totalResults', 'count'];
const TOTAL_PAGES = ['total_pages', 'totalPages', 'pages'];
const ITEMS = ['data', 'items', 'results', 'records', 'entries', 'values', 'list'];
const NEXT_LINK = ['next', 'next_url', 'nextUrl', 'next_page_url', 'nextPageUrl', 'next_link', 'nextLink'];
const DEFAULT_MAX_LIMIT = 100;

export function recognisePaging(
  method: string,
  query: ReadonlyMap<string, JsonObject>,
  response: JsonObject | undefined,
  responseHeaders: readonly string[],
): Paging {
  const items = itemsPath(response);
  if (!items) {
    return { listLike: false };
  }
  const listLike = { listLike: true, responsePath: items };
  if (method !== 'GET') {
    return { listLike: true };
  }
  const limitParam = LIMIT.find((n) => query.has(n));
  const limits = limitParam ? limitFields(limitParam, obj(query.get(limitParam))) : {};
  const root = items === '$' ? {} : obj(response?.properties);
  if (responseHeaders.some((h) => h.toLowerCase() === 'link')) {
    return { ...listLike, pagination: { style: 'link_header', ...limits }, note: maxNote(limitParam, query) };
  }
  const cursorParam = CURSOR.find((n) => query.has(n));
  const next = cursorParam
    ? findField(response, NEXT_CURSOR, (s) => s.type === 'string' && s.format !== 'uri')
    : undefined;
  if (cursorParam && next) {
    const more = findField(response, MORE, (s) => s.type === 'boolean');
    return {
      ...listLike,
      pagination: {
        style: 'cursor',
        cursor_param: cursorParam,
        next_cursor_path: next,
        ...(more ? { more_path: more } : {}),
        ...limits,
      },
      note: maxNote(limitParam, query),
    };
  }
  const offsetParam = OFFSET.find((n) => query.has(n));
  if (offsetParam && limitParam) {
    const total = TOTAL.find((n) => isInteger(root[n]));
    const pagination = {
      style: 'offset',
      offset_param: offsetParam,
      first_offset: offsetParam === 'startIndex' ? 1 : 0,
      ...limits,
      max_limit: limits.max_limit ?? DEFAULT_MAX_LIMIT,
      ...(total ? { total_path: total } : {}),
    };
    return { ...listLike, pagination, note: maxNote(limitParam, query) };
  }
  const pageParam = PAGE.find((n) => query.has(n));
  if (pageParam && limitParam) {
    const pages = TOTAL_PAGES.find((n) => isInteger(root[n]));
    const total = TOTAL.find((n) => isInteger(root[n]));
    const { limit_param: _l, ...rest } = limits;
    const pagination = {
      style: 'page',
      page_param: pageParam,
      size_param: limitParam,
      first_page: 1,
      ...rest,
      max_limit: limits.max_limit ?? DEFAULT_MAX_LIMIT,
      ...(pages ? { total_pages_path: pages } : total ? { total_items_path: total } : {}),
    };
    return { ...listLike, pagination, note: maxNote(limitParam, query) };
  }
  const link = findField(response, NEXT_LINK, (s) => s.type === 'string' || s.type === undefined);
  if (link) {
    return {
      listLike: true,
      note: `the answer has a next-link field '${link}'; the spec format pages by cursor, offset, page or Link header: declare pagination by hand`,
    };
  }
  return {
    listLike: true,
    note: 'returns a list, but the document shows no paging parameters or headers: declare pagination by hand (and rename the method to list) to make it a list tool',
  };
}

/** Where the items are: "$" for a bare array, else the one array property (or a conventional name). */
function itemsPath(response: JsonObject | undefined): string | undefined {
  if (!response) {
    return undefined;
  }
  if (response.type === 'array') {
    return '$';
  }
  const props = obj(response.properties);
  const arrays = Object.keys(props).filter((k) => obj(props[k]).type === 'array');
  if (arrays.length === 1) {
    return arrays[0];
  }
  return ITEMS.find((n) => arrays.includes(n));
}

function limitFields(name: string, schema: JsonObject): JsonObject {
  const max = schema.maximum;
  const fallback = schema.default;
  return {
    limit_param: name,
    ...(typeof max === 'number' && Number.isInteger(max) && max >= 1 ? { max_limit: max } : {}),
    ...(typeof fallback === 'number' && Number.isInteger(fallback) && fallback >= 1 ? { default_limit: fallback } : {}),
  };
}

function maxNote(limitParam: string | undefined, query: ReadonlyMap<string, JsonObject>): string | undefined {
  if (!limitParam) {
    return undefined;
  }
  return typeof query.get(limitParam)?.maximum === 'number'
    ? undefined
    : `page size '${limitParam}' has no maximum in the document; max_limit ${DEFAULT_MAX_LIMIT} assumed`;
}

/** A dotted path to a field named one of `names`, at the top of the answer or one object below. */
function findField(
  response: JsonObject | undefined,
  names: readonly string[],
  fits: (s: JsonObject) => boolean,
): string | undefined {
  const props = obj(response?.properties);
  for (const n of names) {
    if (isObject(props[n]) && fits(props[n])) {
      return n;
    }
  }
  for (const [outer, sub] of Object.entries(props)) {
    const inner = obj(obj(sub).properties);
    for (const n of names) {
      if (isObject(inner[n]) && fits(inner[n])) {
        return `${outer}.${n}`;
      }
    }
  }
  return undefined;
}

function isInteger(schema: unknown): boolean {
  const type = obj(schema).type;
  return type === 'integer' || (Array.isArray(type) && type.includes('integer'));
}

export function headerNames(response: JsonObject): string[] {
  return Object.keys(obj(response.headers)).map((h) => str(h) ?? h);
}
