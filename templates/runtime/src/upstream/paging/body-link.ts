/**
 * Next-page links in the body (`links.next`, `@odata.nextLink`, `next_page_uri`), absolute or
 * relative to the API's origin, and lists the API answers in one page (style `none`). A body link
 * goes through the same check as a Link header: it must stay on the base URL's origin and path.
 */

import { readPath } from '../../data/json-path.js';
import type { Outcome } from '../../data/outcome.js';
import type { BodyLinkPagination, JsonValue, SinglePagePagination } from '../../data/tool-data.js';
import { type NextStep, type PageAnswer, pageSize, type StylePlan, saysNoMore } from './common.js';
import { followLink } from './link.js';
import type { CursorState } from './next-cursor.js';

export function nextBodyLink(p: BodyLinkPagination, answer: PageAnswer): Outcome<NextStep> {
  if (answer.count === 0) {
    return { ok: true, value: null };
  }
  if (p.morePath && saysNoMore(readPath(answer.body, p.morePath))) {
    return { ok: true, value: null };
  }
  const target = readPath(answer.body, p.nextLinkPath);
  return followLink(answer, typeof target === 'string' ? target.trim() : undefined);
}

/** One page only: the page size is the one paging parameter sent. */
export function planSinglePage(
  p: SinglePagePagination,
  cursor: CursorState | undefined,
  args: Record<string, unknown>,
): StylePlan {
  const size = pageSize(args.limit, p.defaultLimit, p.maxLimit);
  const values: Record<string, JsonValue> = {};
  if (p.limitParam && size !== undefined) {
    values[p.limitParam] = size;
  }
  return { values, start: { skip: cursor?.skip ?? 0 }, size, onlyPagingArguments: false };
}
