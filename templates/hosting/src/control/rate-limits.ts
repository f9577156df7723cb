/**
 * Rate limits for the doors people and scripts knock on (design.md §4b): OAuth registration,
 * authorize, token and revocation, the sign-in pages, and the admin page's sign-in. Each is
 * counted per client address and overall, in fixed windows, in the store, so several instances
 * sharing one PostgreSQL store share the counts. The count is one atomic upsert per hit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from 'saas-mcp-runtime/host';
import type { SqlDriver } from '../store/driver.js';
import { firstRow, integer, rowDecoder } from '../store/rows.js';

export interface RateLimit {
  name: string;
  /** Hits allowed per window from one client address. */
  perAddress: number;
  /** Hits allowed per window from everyone together. */
  overall: number;
  windowMs: number;
}

const MINUTE = 60_000;
export const DOOR_LIMITS = {
  register: { name: 'oauth-register', perAddress: 20, overall: 300, windowMs: MINUTE },
  authorize: { name: 'oauth-authorize', perAddress: 60, overall: 1200, windowMs: MINUTE },
  token: { name: 'oauth-token', perAddress: 60, overall: 2400, windowMs: MINUTE },
  signIn: { name: 'oauth-signin', perAddress: 60, overall: 1200, windowMs: MINUTE },
  adminSignIn: { name: 'admin-signin', perAddress: 20, overall: 200, windowMs: MINUTE },
} satisfies Record<string, RateLimit>;

export type DoorLimits = Record<keyof typeof DOOR_LIMITS, RateLimit>;

const HITS = rowDecoder<{ hits: number }>('rate_counters', { hits: integer });

export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number; scope: 'address' | 'overall' };

export class RateLimiter {
  constructor(
    private readonly driver: SqlDriver,
    private readonly now: () => Date,
  ) {}

  private async count(bucket: string, windowEnd: string): Promise<number> {
    const rows = await this.driver.all(
      'INSERT INTO rate_counters (bucket, hits, window_end) VALUES (?, 1, ?) ON CONFLICT (bucket) DO UPDATE SET hits = rate_counters.hits + 1 RETURNING hits',
      [bucket, windowEnd],
    );
    return firstRow(rows, HITS)?.hits ?? 0;
  }

  async hit(limit: RateLimit, address: string): Promise<RateVerdict> {
    const time = this.now().getTime();
    const window = Math.floor(time / limit.windowMs);
    const end = new Date((window + 1) * limit.windowMs).toISOString();
    const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * limit.windowMs - time) / 1000));
    // One address over its share does not eat into everyone's budget: the overall count comes after.
    const mine = await this.count(`${limit.name}:${address}:${window}`, end);
    if (mine > limit.perAddress) {
      return { ok: false, retryAfterSeconds, scope: 'address' };
    }
    const overall = await this.count(`${limit.name}:*:${window}`, end);
    // The first hit of a window clears the windows that ended (the table stays small).
    if (overall === 1) {
      await this.driver.run('DELETE FROM rate_counters WHERE window_end <= ?', [new Date(time).toISOString()]);
    }
    if (overall > limit.overall) {
      return { ok: false, retryAfterSeconds, scope: 'overall' };
    }
    return { ok: true };
  }
}

/** The client address the limits count by: the TCP peer (a reverse proxy's own limits see the rest). */
export const clientAddress = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';

/** Counts the hit; false after a 429 with Retry-After was sent. */
export async function admit(
  limiter: RateLimiter,
  limit: RateLimit,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const verdict = await limiter.hit(limit, clientAddress(req));
  if (verdict.ok) {
    return true;
  }
  const message = `too many requests ${verdict.scope === 'address' ? 'from this address' : 'to this server'}; try again in ${verdict.retryAfterSeconds} s`;
  sendJson(
    res,
    429,
    { error: 'rate_limited', error_description: message, message },
    { 'retry-after': String(verdict.retryAfterSeconds), 'cache-control': 'no-store' },
  );
  return false;
}
