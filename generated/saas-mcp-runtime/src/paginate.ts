// Generated from templates/runtime/paginate.ts by `npm run generate`. Do not edit: change the specs and regenerate.
/**
 * List tools take `limit` and `next_cursor` and answer `{ data, next_cursor }`. This module maps
 * that onto the vendor's offset or cursor paging, in both directions.
 */
import type { Outcome } from './credentials.js';
import { INVALID_CURSOR_MESSAGE, argumentsHash, decodeCursor, encodeCursor, toolTag, type CursorState } from './cursor.js';
import { readPath } from './json-path.js';
import type { PagingParams } from './request.js';
import type { CursorPagination, JsonValue, OffsetPagination, Pagination } from './tool-data.js';

export interface PagePlan {
  paging: PagingParams;
  /** Where the requested page starts; a cursor that resumes inside it is built from this. */
  start: { offset?: number; vendorCursor?: string | number; skip: number };
  pageSize?: number;
  identity: { toolTag: string; argsHash: string };
}

export interface ListPage {
  /** The page's items, without those an earlier truncated answer already returned. */
  items: JsonValue[];
  next_cursor: string | null;
}

function pageSize(limit: unknown, defaultLimit: number | undefined, maxLimit: number | undefined): number | undefined {
  const wanted = typeof limit === 'number' && limit >= 1 ? Math.floor(limit) : defaultLimit;
  if (wanted === undefined) return undefined;
  return maxLimit === undefined ? wanted : Math.min(wanted, maxLimit);
}

function planOffsetPage(pagination: OffsetPagination, cursor: CursorState | undefined, args: Record<string, unknown>) {
  const offset = cursor?.offset ?? pagination.firstOffset;
  const size = pageSize(args.limit, pagination.defaultLimit, pagination.maxLimit) ?? pagination.defaultLimit;
  const values = { [pagination.offsetParam]: offset, [pagination.limitParam]: size };
  return { values, start: { offset, skip: 0 }, size, onlyPagingArguments: false };
}

function planCursorPage(pagination: CursorPagination, cursor: CursorState | undefined, args: Record<string, unknown>) {
  const vendorCursor = cursor?.vendorCursor;
  const size = pageSize(args.limit, pagination.defaultLimit, pagination.maxLimit);
  const values: Record<string, JsonValue> = {};
  if (vendorCursor !== undefined) values[pagination.cursorParam] = vendorCursor;
  if (pagination.limitParam && size !== undefined) values[pagination.limitParam] = size;
  const onlyPagingArguments = pagination.cursorOnly && vendorCursor !== undefined;
  return { values, start: { vendorCursor, skip: cursor?.skip ?? 0 }, size, onlyPagingArguments };
}

/** Works out the vendor paging parameters for this call, opening `next_cursor` when given. */
export function planPage(pagination: Pagination, toolName: string, args: Record<string, unknown>): Outcome<PagePlan> {
  const identity = { toolTag: toolTag(toolName), argsHash: argumentsHash(args) };
  let cursor: CursorState | undefined;
  if (typeof args.next_cursor === 'string' && args.next_cursor !== '') {
    const decoded = decodeCursor(args.next_cursor, identity);
    if (!decoded.ok) return decoded;
    const fitsStyle = pagination.style === 'offset' ? decoded.value.offset !== undefined : decoded.value.offset === undefined;
    if (!fitsStyle) return { ok: false, message: INVALID_CURSOR_MESSAGE };
    cursor = decoded.value;
  }
  const planned = pagination.style === 'offset' ? planOffsetPage(pagination, cursor, args) : planCursorPage(pagination, cursor, args);
  const paging = { values: planned.values, paramsIn: pagination.paramsIn, onlyPagingArguments: planned.onlyPagingArguments };
  return { ok: true, value: { paging, start: planned.start, pageSize: planned.size, identity } };
}

function itemsAt(body: unknown, responsePath: string | undefined): Outcome<JsonValue[]> {
  if (body === undefined) return { ok: true, value: [] };
  const items = readPath(body, responsePath ?? '');
  if (Array.isArray(items)) return { ok: true, value: items as JsonValue[] };
  if (items === undefined || items === null) return { ok: true, value: [] };
  return { ok: false, message: `the upstream answer has no item list at "${responsePath ?? '(root)'}"` };
}

function offsetNext(pagination: OffsetPagination, plan: PagePlan, body: unknown, count: number): number | null {
  const offset = plan.start.offset ?? pagination.firstOffset;
  const next = offset + count;
  if (count === 0) return null;
  const total = pagination.totalPath ? readPath(body, pagination.totalPath) : undefined;
  if (typeof total === 'number') return next - pagination.firstOffset >= total ? null : next;
  return plan.pageSize !== undefined && count < plan.pageSize ? null : next;
}

function cursorNext(pagination: CursorPagination, body: unknown, count: number): string | number | null {
  if (count === 0) return null;
  if (pagination.morePath && readPath(body, pagination.morePath) === false) return null;
  const next = readPath(body, pagination.nextCursorPath);
  return typeof next === 'string' || typeof next === 'number' ? next : null;
}

/** Reads one upstream page (body undefined: an empty answer such as 204) into `{ data, next_cursor }`. */
export function readPage(pagination: Pagination, plan: PagePlan, body: unknown, responsePath?: string): Outcome<ListPage> {
  const found = itemsAt(body, responsePath);
  if (!found.ok) return found;
  const items = found.value;
  if (pagination.style === 'offset') {
    const next = offsetNext(pagination, plan, body, items.length);
    const next_cursor = next === null ? null : encodeCursor({ ...plan.identity, offset: next });
    return { ok: true, value: { items, next_cursor } };
  }
  const next = cursorNext(pagination, body, items.length);
  const next_cursor = next === null ? null : encodeCursor({ ...plan.identity, vendorCursor: next });
  return { ok: true, value: { items: items.slice(plan.start.skip), next_cursor } };
}

/** The cursor that resumes right after the first `kept` items this call returned (a truncated page). */
export function cursorAfterKept(plan: PagePlan, kept: number): string {
  if (plan.start.offset !== undefined) return encodeCursor({ ...plan.identity, offset: plan.start.offset + kept });
  return encodeCursor({ ...plan.identity, vendorCursor: plan.start.vendorCursor, skip: plan.start.skip + kept });
}
