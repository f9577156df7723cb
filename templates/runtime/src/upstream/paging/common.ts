/** What every paging style shares: the page size rule and the shapes each style plans and reads. */

import type { JsonValue } from '../../data/tool-data.js';
import type { HeaderLookup } from '../ratelimit.js';
import type { CursorState } from './next-cursor.js';

/** One style's plan for the next upstream call. */
export interface StylePlan {
  /** Paging parameters in vendor names. */
  values: Record<string, JsonValue>;
  start: { offset?: number; vendorCursor?: string | number; skip: number };
  size?: number;
  onlyPagingArguments: boolean;
  /** Link paging: the vendor's own next URL (path and query, relative to the base URL) to call as it is. */
  nextUrl?: string;
}

/** What a style reads from an answer to find the next page. */
export interface PageAnswer {
  body: unknown;
  header: HeaderLookup;
  count: number;
  /** The page size asked for, when there was one. */
  size?: number;
  start: StylePlan['start'];
  /** The base URL the call went to (link paging keeps the next URL under it). */
  baseUrl?: string;
  /** Query parameters that carry credentials, never to be kept in a cursor. */
  secretParams?: string[];
}

/** Where the next page starts, in the cursor's terms; null: this was the last page. */
export type NextStep = Pick<CursorState, 'offset' | 'vendorCursor'> | null;

export function pageSize(
  limit: unknown,
  defaultLimit: number | undefined,
  maxLimit: number | undefined,
): number | undefined {
  const wanted = typeof limit === 'number' && limit >= 1 ? Math.floor(limit) : defaultLimit;
  if (wanted === undefined) {
    return undefined;
  }
  return maxLimit === undefined ? wanted : Math.min(wanted, maxLimit);
}

/** A vendor cursor worth sending back: a non-empty string or a number. */
export function cursorValue(value: unknown): string | number | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return value;
  }
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A "more" value that says this was the last page: false, null or an empty string (@since runtime 2.1.0). */
export function saysNoMore(value: unknown): boolean {
  return value === false || value === null || value === '';
}
