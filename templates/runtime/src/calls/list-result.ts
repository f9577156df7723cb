/**
 * The `{ data, next_cursor }` answer of a list tool, bounded in size: a page too large to hand to a
 * model is cut at an item boundary, and next_cursor resumes right after the last item kept.
 */

import type { JsonValue } from '../data/tool-data.js';
import { cursorAfterKept, type ListPage, type PagePlan } from '../upstream/paging/paginate.js';

export interface BoundedList {
  value: { data: JsonValue[]; next_cursor: string | null; note?: string };
  /** Set when items were left out of this answer. */
  truncationNote?: string;
  /** JSON.stringify(value) when the whole page fit: measured once, reused as the result's text. */
  text?: string;
}

export function boundListPage(page: ListPage, plan: PagePlan, maxBytes: number): BoundedList {
  const whole = {
    data: page.items,
    next_cursor: page.next_cursor,
    ...(page.incomplete ? { note: page.incomplete } : {}),
  };
  const text = JSON.stringify(whole);
  if (Buffer.byteLength(text) <= maxBytes) {
    return { value: whole, text };
  }

  // Room for the envelope and a cursor, then as many whole items as fit (at least one, to progress).
  let used = 200;
  let kept = 0;
  for (const item of page.items) {
    used += Buffer.byteLength(JSON.stringify(item)) + 1;
    if (used > maxBytes && kept > 0) {
      break;
    }
    kept += 1;
  }
  const value = { data: page.items.slice(0, kept), next_cursor: cursorAfterKept(plan, kept) };
  const truncationNote =
    `Truncated: this page holds ${page.items.length} items but only the first ${kept} fit in ` +
    `${Math.round(maxBytes / 1000)} kB. Call again with next_cursor to get the rest.`;
  return { value, truncationNote };
}
