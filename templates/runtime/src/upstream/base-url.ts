/**
 * URLs the vendor hands back (a next-page link, a cursor a caller could have forged) are only
 * followed when they stay on the base URL's origin and under its path.
 */
import type { Outcome } from '../data/outcome.js';

const REFUSED = 'the upstream API pointed the next page outside its own API (another host or path); paging stopped';

/** `next` (absolute, or relative to the base URL) as a path+query under `baseUrl`, or a refusal. */
export function underBase(baseUrl: string, next: string): Outcome<string> {
  let base: URL;
  let url: URL;
  try {
    base = new URL(`${baseUrl}/`);
    url = new URL(next, base);
  } catch {
    return { ok: false, message: REFUSED };
  }
  const basePath = base.pathname;
  if (url.origin !== base.origin || url.username || url.password || !url.pathname.startsWith(basePath)) {
    return { ok: false, message: REFUSED };
  }
  // URL parsing has already resolved "." and ".." segments, so the prefix check cannot be climbed out of.
  return { ok: true, value: `/${url.pathname.slice(basePath.length)}${url.search}` };
}
