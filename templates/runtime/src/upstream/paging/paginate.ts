/**
 * List tools take `limit` and `next_cursor` and answer `{ data, next_cursor }`. This module maps
 * that onto the vendor's paging style (one module per style), in both directions.
 */

import { readPath } from '../../data/json-path.js';
import type { Outcome } from '../../data/outcome.js';
import type { JsonValue, Pagination } from '../../data/tool-data.js';
import type { HeaderLookup } from '../ratelimit.js';
import type { PagingParams } from '../request.js';
import { nextBodyLink, planSinglePage } from './body-link.js';
import type { NextStep, PageAnswer, StylePlan } from './common.js';
import { nextCursor, nextHeaderCursor, planCursor } from './cursor.js';
import { nextLink, planLink } from './link.js';
import { incompleteNote } from './more.js';
import {
  argumentsHash,
  type CursorState,
  decodeCursor,
  encodeCursor,
  INVALID_CURSOR_MESSAGE,
  toolTag,
} from './next-cursor.js';
import { nextOffset, nextPageNumber, planOffset, planPageNumber } from './offset.js';

export interface PagePlan {
  paging: PagingParams;
  /** Where the requested page starts; a cursor that resumes inside it is built from this. */
  start: StylePlan['start'];
  pageSize?: number;
  identity: { toolTag: string; argsHash: string };
}

export interface ListPage {
  /** The page's items, without those an earlier truncated answer already returned. */
  items: JsonValue[];
  next_cursor: string | null;
  /** Set when the answer says more exists but no next page can be asked for (@since runtime 2.1.0). */
  incomplete?: string;
}

/** What else of the answer a style may need beside the body. */
export interface PageContext {
  header?: HeaderLookup;
  /** The base URL the call went to (link paging). */
  baseUrl?: string;
  /** Query parameters that carry credentials (an API key in the query). */
  secretParams?: string[];
}

function planStyle(pagination: Pagination, cursor: CursorState | undefined, args: Record<string, unknown>): StylePlan {
  switch (pagination.style) {
    case 'offset':
      return planOffset(pagination, cursor, args);
    case 'page':
      return planPageNumber(pagination, cursor, args);
    case 'link_header':
    case 'body_link':
      return planLink(pagination, cursor, args);
    case 'none':
      return planSinglePage(pagination, cursor, args);
    default:
      return planCursor(pagination, cursor, args);
  }
}

/** Works out the vendor paging parameters for this call, opening `next_cursor` when given. */
export function planPage(pagination: Pagination, toolName: string, args: Record<string, unknown>): Outcome<PagePlan> {
  const identity = { toolTag: toolTag(toolName), argsHash: argumentsHash(args) };
  let cursor: CursorState | undefined;
  if (typeof args.next_cursor === 'string' && args.next_cursor !== '') {
    const decoded = decodeCursor(args.next_cursor, identity);
    if (!decoded.ok) {
      return decoded;
    }
    const fitsStyle =
      pagination.style === 'offset' ? decoded.value.offset !== undefined : decoded.value.offset === undefined;
    if (!fitsStyle) {
      return { ok: false, message: INVALID_CURSOR_MESSAGE };
    }
    if (isLinkStyle(pagination) && typeof decoded.value.vendorCursor !== 'string') {
      return { ok: false, message: INVALID_CURSOR_MESSAGE };
    }
    cursor = decoded.value;
  }
  const planned = planStyle(pagination, cursor, args);
  const paramsIn = isLinkStyle(pagination) ? 'query' : pagination.paramsIn;
  const paging: PagingParams = {
    values: planned.values,
    paramsIn,
    onlyPagingArguments: planned.onlyPagingArguments,
    ...(planned.nextUrl ? { nextUrl: planned.nextUrl } : {}),
  };
  return { ok: true, value: { paging, start: planned.start, pageSize: planned.size, identity } };
}

/** Styles that follow the vendor's own next URL. */
function isLinkStyle(
  pagination: Pagination,
): pagination is Extract<Pagination, { style: 'link_header' | 'body_link' }> {
  return pagination.style === 'link_header' || pagination.style === 'body_link';
}

function itemsAt(body: unknown, responsePath: string | undefined): Outcome<JsonValue[]> {
  if (body === undefined) {
    return { ok: true, value: [] };
  }
  const items = readPath(body, responsePath ?? '');
  if (Array.isArray(items)) {
    return { ok: true, value: items as JsonValue[] };
  }
  if (items === undefined || items === null) {
    return { ok: true, value: [] };
  }
  return { ok: false, message: `the upstream answer has no item list at "${responsePath ?? '(root)'}"` };
}

function nextStep(pagination: Pagination, answer: PageAnswer): Outcome<NextStep> {
  switch (pagination.style) {
    case 'offset':
      return { ok: true, value: nextOffset(pagination, answer) };
    case 'page':
      return { ok: true, value: nextPageNumber(pagination, answer) };
    case 'link_header':
      return nextLink(answer);
    case 'header_cursor':
      return { ok: true, value: nextHeaderCursor(pagination, answer) };
    case 'body_link':
      return nextBodyLink(pagination, answer);
    case 'none':
      return { ok: true, value: null };
    default:
      return { ok: true, value: nextCursor(pagination, answer) };
  }
}

/** Reads one upstream page (body undefined: an empty answer such as 204) into `{ data, next_cursor }`. */
export function readPage(
  pagination: Pagination,
  plan: PagePlan,
  body: unknown,
  responsePath?: string,
  context: PageContext = {},
): Outcome<ListPage> {
  const found = itemsAt(body, responsePath);
  if (!found.ok) {
    return found;
  }
  const items = found.value;
  const answer: PageAnswer = {
    body,
    header: context.header ?? (() => null),
    count: items.length,
    size: plan.pageSize,
    start: plan.start,
    baseUrl: context.baseUrl,
    secretParams: context.secretParams,
  };
  const next = nextStep(pagination, answer);
  if (!next.ok) {
    return next;
  }
  const next_cursor = next.value === null ? null : encodeCursor({ ...plan.identity, ...next.value });
  // Offset pages start where asked; the other styles may resume inside a page cut short earlier.
  const kept = pagination.style === 'offset' ? items : items.slice(plan.start.skip);
  const incomplete = next.value === null ? incompleteNote(pagination, answer) : undefined;
  return { ok: true, value: { items: kept, next_cursor, ...(incomplete ? { incomplete } : {}) } };
}

/** The cursor that resumes right after the first `kept` items this call returned (a truncated page). */
export function cursorAfterKept(plan: PagePlan, kept: number): string {
  if (plan.start.offset !== undefined) {
    return encodeCursor({ ...plan.identity, offset: plan.start.offset + kept });
  }
  return encodeCursor({ ...plan.identity, vendorCursor: plan.start.vendorCursor, skip: plan.start.skip + kept });
}
