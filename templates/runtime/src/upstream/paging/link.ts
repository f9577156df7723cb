/**
 * RFC 8288 Link-header paging: follow `rel="next"`. The next URL comes from the vendor (or from a
 * cursor a caller could have forged), so it is only used when it stays on the base URL's origin and
 * under its path; the cursor keeps it relative to the base URL and it is checked again on use.
 */
import type { Outcome } from '../../data/outcome.js';
import type { JsonValue, LinkHeaderPagination } from '../../data/tool-data.js';
import { underBase } from '../base-url.js';
import { type NextStep, type PageAnswer, pageSize, type StylePlan } from './common.js';
import type { CursorState } from './next-cursor.js';

/** The target of the first link whose rel list holds `rel`, or undefined. */
export function linkTarget(header: string | null, rel: string): string | undefined {
  if (!header) {
    return undefined;
  }
  for (const match of header.matchAll(/<([^>]*)>([^<]*)/g)) {
    const params = match[2] ?? '';
    const relMatch = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
    const rels = (relMatch?.[1] ?? relMatch?.[2] ?? '').toLowerCase().split(/\s+/);
    if (rels.includes(rel)) {
      return (match[1] ?? '').trim();
    }
  }
  return undefined;
}

export function planLink(
  p: Pick<LinkHeaderPagination, 'limitParam' | 'maxLimit' | 'defaultLimit'>,
  cursor: CursorState | undefined,
  args: Record<string, unknown>,
): StylePlan {
  const size = pageSize(args.limit, p.defaultLimit, p.maxLimit);
  const next = typeof cursor?.vendorCursor === 'string' ? cursor.vendorCursor : undefined;
  const values: Record<string, JsonValue> = {};
  if (!next && p.limitParam && size !== undefined) {
    values[p.limitParam] = size;
  }
  const start = { vendorCursor: next, skip: cursor?.skip ?? 0 };
  return { values, start, size, onlyPagingArguments: next !== undefined, ...(next ? { nextUrl: next } : {}) };
}

/** `relative` without the named query parameters (an API key the vendor echoed into its link). */
export function withoutParams(relative: string, names: readonly string[]): string {
  const at = relative.indexOf('?');
  if (at < 0 || names.length === 0) {
    return relative;
  }
  const kept = relative
    .slice(at + 1)
    .split('&')
    .filter((pair) => !names.includes(decodeURIComponent((pair.split('=')[0] ?? '').replace(/\+/g, ' '))));
  return kept.length > 0 ? `${relative.slice(0, at)}?${kept.join('&')}` : relative.slice(0, at);
}

export function nextLink(answer: PageAnswer): Outcome<NextStep> {
  if (answer.count === 0) {
    return { ok: true, value: null };
  }
  return followLink(answer, linkTarget(answer.header('link'), 'next'));
}

/** The vendor's next link (from a header or the body) as a cursor, if it stays under the base URL. */
export function followLink(answer: PageAnswer, target: string | undefined): Outcome<NextStep> {
  if (target === undefined || target === '' || answer.baseUrl === undefined) {
    return { ok: true, value: null };
  }
  const relative = underBase(answer.baseUrl, target);
  // The cursor is handed to the model: a key echoed in the link must not travel in it.
  return relative.ok
    ? { ok: true, value: { vendorCursor: withoutParams(relative.value, answer.secretParams ?? []) } }
    : relative;
}
