/**
 * Input checks shared by routes. Every failure is an ApiError(400) whose message names the field,
 * so a client (or the generated MCP server) can tell the user what to fix.
 */
import { badRequest } from './errors.js';

interface IntRule {
  min: number;
  max?: number;
  fallback: number;
}

/** An integer query parameter; absent means `fallback`, anything non-integer or out of range is 400. */
export function intParam(query: URLSearchParams, name: string, rule: IntRule): number {
  const raw = query.get(name);
  if (raw === null || raw === '') {
    return rule.fallback;
  }
  if (!/^-?\d+$/.test(raw)) {
    throw badRequest(`Parameter ${name} must be an integer`);
  }
  const value = Number(raw);
  if (value < rule.min) {
    throw badRequest(`Parameter ${name} must be at least ${rule.min}`);
  }
  if (rule.max !== undefined && value > rule.max) {
    throw badRequest(`Parameter ${name} must be at most ${rule.max}`);
  }
  return value;
}

/** Booleans may arrive as JSON booleans or as "true"/"false" strings (the .NET SDK sends strings, §2.1). */
export function asBoolean(value: unknown, name: string): boolean {
  if (value === true || value === 'true') {
    return true;
  }
  if (value === false || value === 'false') {
    return false;
  }
  throw badRequest(`Field ${name} must be a boolean`);
}

export function optionalBoolean(value: unknown, name: string): boolean | undefined {
  return value === undefined || value === null ? undefined : asBoolean(value, name);
}

export function boolParam(query: URLSearchParams, name: string, fallback: boolean): boolean {
  const raw = query.get(name);
  return raw === null || raw === '' ? fallback : asBoolean(raw, name);
}

export function asObject(body: unknown, what = 'Request body'): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw badRequest(`${what} must be a JSON object`);
  }
  return body as Record<string, unknown>;
}

export function requiredString(obj: Record<string, unknown>, name: string): string {
  const value = obj[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw badRequest(`Field ${name} is required`);
  }
  return value;
}

export function optionalString(obj: Record<string, unknown>, name: string): string | undefined {
  const value = obj[name];
  if (value === undefined || value === null) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw badRequest(`Field ${name} must be a string`);
  }
  return value;
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) {
    return value as T;
  }
  throw badRequest(`Field ${name} must be one of: ${allowed.join(', ')}`);
}

/** Page of items for 0-based offset paging (fs listing, links, search, audit v1 reports). */
export function slicePage<T>(items: readonly T[], offset: number, count: number): T[] {
  return items.slice(offset, offset + count);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` (links filters, expiry dates) as epoch ms at 00:00 UTC. */
export function parseDay(value: string, name: string): number {
  const ms = Date.parse(`${value}T00:00:00Z`);
  if (!DAY.test(value) || Number.isNaN(ms)) {
    throw badRequest(`Field ${name} must be a date in YYYY-MM-DD format`);
  }
  return ms;
}

/** ISO-8601 date or date-time as epoch ms. */
export function parseIsoDate(value: unknown, name: string): number {
  const ms = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) {
    throw badRequest(`Field ${name} must be an ISO-8601 date`);
  }
  return ms;
}
