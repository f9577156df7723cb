import type { ServingScope } from 'saas-mcp-runtime';
import { describe, expect, it } from 'vitest';
import { TOOL_LIST_TTL_MS, toolListCacheHint } from '../../templates/runtime/src/mcp/server.js';

const NOW = new Date('2026-11-28T12:00:00.000Z');

function scope(expiresAt?: Date): ServingScope {
  return { label: 'test', filter: {}, expiresAt, credentials: { ok: false, message: 'none' } };
}

describe('tools/list cache hint (2026-07-28 ttlMs / cacheScope)', () => {
  it('is private (the list depends on the account and its filters) with the full TTL when nothing expires', () => {
    expect(toolListCacheHint(scope(), NOW)).toEqual({ ttlMs: TOOL_LIST_TTL_MS, cacheScope: 'private' });
  });

  it('never outlives the scope: a server expiring in 10 s may be cached for 10 s', () => {
    expect(toolListCacheHint(scope(new Date(NOW.getTime() + 10_000)), NOW)).toEqual({
      ttlMs: 10_000,
      cacheScope: 'private',
    });
  });

  it('is 0 once the scope has expired, and the full TTL when the expiry is further away', () => {
    expect(toolListCacheHint(scope(new Date(NOW.getTime() - 1)), NOW).ttlMs).toBe(0);
    expect(toolListCacheHint(scope(new Date(NOW.getTime() + 86_400_000)), NOW).ttlMs).toBe(TOOL_LIST_TTL_MS);
  });
});
