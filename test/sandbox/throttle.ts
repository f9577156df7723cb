/**
 * Per-token rate limiting, off unless configured (egnyte-api.md §4). Egnyte's documented answer is
 * 403 with `X-Mashery-Error-Code` (every Egnyte SDK handles that); newer docs reportedly use 429.
 * Both modes send `Retry-After` and the `X-Accesstoken-*` counters, which are also sent on every
 * allowed response while a limit is on (GO3 reads them on every response).
 */

export type ThrottleMode = 'legacy403' | '429';

export interface RateLimit {
  /** Calls per second per token (Egnyte's default is 2). */
  qps?: number;
  /** Calls per UTC day per token (Egnyte's default is 1,000). */
  perDay?: number;
  /** Default `legacy403`, the behaviour the notes suggest for the fake (§4). */
  mode?: ThrottleMode;
  /** Time source in epoch ms; tests pass a fixed one so a second boundary cannot split a burst. */
  now?: () => number;
}

export interface ThrottleVerdict {
  headers: Record<string, string>;
  rejection?: { status: number; body: unknown; headers: Record<string, string> };
}

interface Counter {
  second: number;
  inSecond: number;
  day: number;
  inDay: number;
}

const DAY_MS = 86_400_000;

export class Throttle {
  private limit: RateLimit | undefined;
  private readonly counters = new Map<string, Counter>();

  constructor(limit?: RateLimit) {
    this.set(limit);
  }

  /** Replaces the limit (undefined turns throttling off) and forgets the counts so far. */
  set(limit: RateLimit | undefined): void {
    this.limit = limit && (limit.qps !== undefined || limit.perDay !== undefined) ? limit : undefined;
    this.counters.clear();
  }

  check(token: string): ThrottleVerdict {
    const limit = this.limit;
    if (!limit) {
      return { headers: {} };
    }
    const now = (limit.now ?? Date.now)();
    const second = Math.floor(now / 1000);
    const day = Math.floor(now / DAY_MS);
    const counter = this.counters.get(token) ?? { second, inSecond: 0, day, inDay: 0 };
    if (counter.second !== second) {
      Object.assign(counter, { second, inSecond: 0 });
    }
    if (counter.day !== day) {
      Object.assign(counter, { day, inDay: 0 });
    }
    this.counters.set(token, counter);
    counter.inSecond += 1; // every attempt counts toward QPS, so Current can exceed Allotted (§6 example)
    const overDay = limit.perDay !== undefined && counter.inDay + 1 > limit.perDay;
    const overQps = limit.qps !== undefined && counter.inSecond > limit.qps;
    if (!overDay && !overQps) {
      counter.inDay += 1; // the daily quota counts calls that were served
    }
    const headers = this.counterHeaders(limit, counter, overDay);
    if (overDay) {
      return { headers, rejection: this.reject(limit, 'RATE', Math.ceil(((day + 1) * DAY_MS - now) / 1000), headers) };
    }
    if (overQps) {
      return { headers, rejection: this.reject(limit, 'QPS', 1, headers) };
    }
    return { headers };
  }

  private counterHeaders(limit: RateLimit, counter: Counter, overDay: boolean): Record<string, string> {
    const headers: Record<string, string> = {};
    if (limit.qps !== undefined) {
      headers['X-Accesstoken-Qps-Allotted'] = String(limit.qps);
      headers['X-Accesstoken-Qps-Current'] = String(counter.inSecond);
    }
    if (limit.perDay !== undefined) {
      headers['X-Accesstoken-Quota-Allotted'] = String(limit.perDay);
      headers['X-Accesstoken-Quota-Current'] = String(counter.inDay + (overDay ? 1 : 0));
    }
    return headers;
  }

  private reject(limit: RateLimit, kind: 'QPS' | 'RATE', retryAfter: number, counters: Record<string, string>) {
    const headers: Record<string, string> = { ...counters, 'Retry-After': String(Math.max(1, retryAfter)) };
    if ((limit.mode ?? 'legacy403') === '429') {
      return {
        status: 429,
        body: { errorMessage: kind === 'QPS' ? 'Too many requests per second' : 'Daily request quota exceeded' },
        headers,
      };
    }
    headers['X-Mashery-Error-Code'] = `ERR_403_DEVELOPER_OVER_${kind}`;
    // The body of a Mashery throttle answer is not documented (§6); a short JSON message is enough.
    return {
      status: 403,
      body: { errorMessage: kind === 'QPS' ? 'Developer Over Qps' : 'Developer Over Rate' },
      headers,
    };
  }
}
