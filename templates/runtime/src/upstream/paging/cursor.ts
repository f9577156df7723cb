/** Cursor paging: the vendor's next cursor comes from the body (`cursor`) or a header (`header_cursor`). */

import { readPath } from '../../data/json-path.js';
import type { CursorPagination, HeaderCursorPagination, JsonValue } from '../../data/tool-data.js';
import { cursorValue, type NextStep, type PageAnswer, pageSize, type StylePlan, saysNoMore } from './common.js';
import type { CursorState } from './next-cursor.js';

export function planCursor(
  p: CursorPagination | HeaderCursorPagination,
  cursor: CursorState | undefined,
  args: Record<string, unknown>,
): StylePlan {
  const vendorCursor = cursor?.vendorCursor;
  const size = pageSize(args.limit, p.defaultLimit, p.maxLimit);
  const values: Record<string, JsonValue> = {};
  if (vendorCursor !== undefined) {
    values[p.cursorParam] = vendorCursor;
  }
  if (p.limitParam && size !== undefined) {
    values[p.limitParam] = size;
  }
  const onlyPagingArguments = p.style === 'cursor' && p.cursorOnly && vendorCursor !== undefined;
  return { values, start: { vendorCursor, skip: cursor?.skip ?? 0 }, size, onlyPagingArguments };
}

export function nextCursor(p: CursorPagination, answer: PageAnswer): NextStep {
  const more = p.morePath ? readPath(answer.body, p.morePath) : undefined;
  // An empty page ends the listing unless the API says more follow (a filtered page can be empty).
  if (answer.count === 0 && more !== true) {
    return null;
  }
  if (p.morePath && saysNoMore(more)) {
    return null;
  }
  // An empty string is the end on some APIs ("next_cursor": ""), never a cursor to send back.
  const next = cursorValue(readPath(answer.body, p.nextCursorPath));
  return next === null ? null : { vendorCursor: next };
}

/** An empty or missing header ends the listing (GitLab's `X-Next-Page` is empty on the last page). */
export function nextHeaderCursor(p: HeaderCursorPagination, answer: PageAnswer): NextStep {
  if (answer.count === 0) {
    return null;
  }
  const next = cursorValue(answer.header(p.nextCursorHeader)?.trim());
  return next === null ? null : { vendorCursor: next };
}
