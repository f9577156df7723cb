/**
 * Recognises a throttled upstream answer and reads its counters into the IETF RateLimit fields.
 * There are no retries: the caller (a model, or its host) decides when to come back.
 */
import type { RateLimitConfig, RateLimitCounter } from '../data/tool-data.js';

export interface RateLimitFields {
  'ratelimit-limit': number | null;
  'ratelimit-remaining': number | null;
  /** Seconds until the quota resets (a delta, not a timestamp). */
  'ratelimit-reset': number | null;
  'retry-after': number | null;
}

/** Case-insensitive header lookup, as `Headers.get` does. */
export type HeaderLookup = (name: string) => string | null;

export function isThrottled(config: RateLimitConfig, status: number, header: HeaderLookup): boolean {
  return config.throttledWhen.some((rule) => {
    if (rule.status !== status) {
      return false;
    }
    if (!rule.header) {
      return true;
    }
    const value = header(rule.header);
    if (value === null) {
      return false;
    }
    return !rule.values || rule.values.includes(value.trim());
  });
}

function wholeNumber(text: string | null): number | null {
  if (text === null || !/^\s*\d+(\.\d+)?\s*$/.test(text)) {
    return null;
  }
  return Math.ceil(Number(text));
}

/** Retry-After is either delta seconds or an HTTP date; both become delta seconds. */
export function parseRetryAfter(text: string | null, now: Date): number | null {
  const seconds = wholeNumber(text);
  if (seconds !== null || text === null) {
    return seconds;
  }
  const date = Date.parse(text);
  if (Number.isNaN(date)) {
    return null;
  }
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

/** A reset header in any of the three forms, as delta seconds (never negative). */
export function parseReset(text: string | null, format: RateLimitCounter['resetFormat'], now: Date): number | null {
  if (format === 'http_date') {
    const date = text === null ? Number.NaN : Date.parse(text);
    return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now.getTime()) / 1000));
  }
  const seconds = wholeNumber(text);
  if (format !== 'epoch' || seconds === null) {
    return seconds;
  }
  return Math.max(0, seconds - Math.floor(now.getTime() / 1000));
}

export function readRateLimit(config: RateLimitConfig, header: HeaderLookup, now = new Date()): RateLimitFields {
  const retryAfter = parseRetryAfter(header(config.retryAfterHeader), now);
  const fields: RateLimitFields = {
    'ratelimit-limit': null,
    'ratelimit-remaining': null,
    'ratelimit-reset': retryAfter,
    'retry-after': retryAfter,
  };
  const counter = config.counters.find((candidate) => wholeNumber(header(candidate.limitHeader)) !== null);
  if (!counter) {
    return fields;
  }
  const limit = wholeNumber(header(counter.limitHeader));
  fields['ratelimit-limit'] = limit;
  if (counter.remainingHeader) {
    fields['ratelimit-remaining'] = wholeNumber(header(counter.remainingHeader));
  } else if (counter.usedHeader && limit !== null) {
    const used = wholeNumber(header(counter.usedHeader));
    fields['ratelimit-remaining'] = used === null ? null : Math.max(0, limit - used);
  }
  if (counter.resetHeader) {
    fields['ratelimit-reset'] = parseReset(header(counter.resetHeader), counter.resetFormat, now) ?? retryAfter;
  }
  // An API that sends no retry-after still says when the quota comes back: that is the retry-after.
  if (fields['retry-after'] === null) {
    fields['retry-after'] = fields['ratelimit-reset'];
  }
  return fields;
}

/** The known fields as HTTP response headers (unknown ones are left out rather than guessed). */
export function rateLimitHeaders(fields: RateLimitFields): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value !== null) {
      headers[name] = String(value);
    }
  }
  return headers;
}
