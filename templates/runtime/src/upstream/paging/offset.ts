/** Offset paging (`startIndex`/`count`, `offset`/`limit`) and page-number paging (`page`/`per_page`). */

import { readPath } from '../../data/json-path.js';
import type { OffsetPagination, PageNumberPagination } from '../../data/tool-data.js';
import { type NextStep, type PageAnswer, pageSize, type StylePlan, saysNoMore } from './common.js';
import type { CursorState } from './next-cursor.js';

export function planOffset(
  p: OffsetPagination,
  cursor: CursorState | undefined,
  args: Record<string, unknown>,
): StylePlan {
  const offset = cursor?.offset ?? p.firstOffset;
  const size = pageSize(args.limit, p.defaultLimit, p.maxLimit) ?? p.defaultLimit;
  return {
    values: { [p.offsetParam]: offset, [p.limitParam]: size },
    start: { offset, skip: 0 },
    size,
    onlyPagingArguments: false,
  };
}

export function nextOffset(p: OffsetPagination, answer: PageAnswer): NextStep {
  if (answer.count === 0) {
    return null;
  }
  const next = (answer.start.offset ?? p.firstOffset) + answer.count;
  const total = p.totalPath ? readPath(answer.body, p.totalPath) : undefined;
  if (typeof total === 'number') {
    return next - p.firstOffset >= total ? null : { offset: next };
  }
  return answer.size !== undefined && answer.count < answer.size ? null : { offset: next };
}

/** The page number travels as the vendor cursor, so a page cut short can resume inside it. */
export function planPageNumber(
  p: PageNumberPagination,
  cursor: CursorState | undefined,
  args: Record<string, unknown>,
): StylePlan {
  const page = typeof cursor?.vendorCursor === 'number' ? cursor.vendorCursor : p.firstPage;
  const size = pageSize(args.limit, p.defaultLimit, p.maxLimit) ?? p.defaultLimit;
  const values = { [p.pageParam]: page, [p.sizeParam]: size };
  return { values, start: { vendorCursor: page, skip: cursor?.skip ?? 0 }, size, onlyPagingArguments: false };
}

/** Ends by total pages, total items or a "more" value when reported; otherwise by a short page. */
export function nextPageNumber(p: PageNumberPagination, answer: PageAnswer): NextStep {
  const page = typeof answer.start.vendorCursor === 'number' ? answer.start.vendorCursor : p.firstPage;
  if (answer.count === 0) {
    return null;
  }
  const next = { vendorCursor: page + 1 };
  if (p.morePath) {
    const more = readPath(answer.body, p.morePath);
    if (saysNoMore(more)) {
      return null;
    }
    if (more !== undefined) {
      return next;
    }
  }
  const totalPages = p.totalPagesPath ? readPath(answer.body, p.totalPagesPath) : undefined;
  if (typeof totalPages === 'number') {
    return page - p.firstPage + 1 >= totalPages ? null : next;
  }
  const totalItems = p.totalItemsPath ? readPath(answer.body, p.totalItemsPath) : undefined;
  if (typeof totalItems === 'number' && answer.size !== undefined) {
    return (page - p.firstPage + 1) * answer.size >= totalItems ? null : next;
  }
  return answer.size !== undefined && answer.count < answer.size ? null : next;
}
