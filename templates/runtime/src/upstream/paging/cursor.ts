/** Cursor paging: the vendor's next cursor comes from the body (`cursor`) or a header (`header_cursor`). */
import type { CursorState } from './next-cursor.js';
import { readPath } from '../../data/json-path.js';
import { cursorValue, pageSize, type NextStep, type PageAnswer, type StylePlan } from './common.js';
import type { CursorPagination, HeaderCursorPagination, JsonValue } from '../../data/tool-data.js';

export function planCursor(
  p: CursorPagination | HeaderCursorPagination,
  cursor: CursorState | undefined,
  args: Record<string, unknown>,
): StylePlan {
  const vendorCursor = cursor?.vendorCursor;
  const size = pageSize(args.limit, p.defaultLimit, p.maxLimit);
  const values: Record<string, JsonValue> = {};
  if (vendorCursor !== undefined) values[p.cursorParam] = vendorCursor;
  if (p.limitParam && size !== undefined) values[p.limitParam] = size;
  const onlyPagingArguments = p.style === 'cursor' && p.cursorOnly && vendorCursor !== undefined;
  return { values, start: { vendorCursor, skip: cursor?.skip ?? 0 }, size, onlyPagingArguments };
}

export function nextCursor(p: CursorPagination, answer: PageAnswer): NextStep {
  if (answer.count === 0) return null;
  if (p.morePath && readPath(answer.body, p.morePath) === false) return null;
  const next = readPath(answer.body, p.nextCursorPath);
  return typeof next === 'string' || typeof next === 'number' ? { vendorCursor: next } : null;
}

/** An empty or missing header ends the listing (GitLab's `X-Next-Page` is empty on the last page). */
export function nextHeaderCursor(p: HeaderCursorPagination, answer: PageAnswer): NextStep {
  if (answer.count === 0) return null;
  const next = cursorValue(answer.header(p.nextCursorHeader)?.trim());
  return next === null ? null : { vendorCursor: next };
}
