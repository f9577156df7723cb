/**
 * Checks for admin API bodies and CLI values: every problem is a 400 that names the field.
 * Unknown fields are refused too, so a typo never passes silently.
 */
import { isPlainObject, isRealCalendarTime } from 'saas-mcp-runtime/host';
import { badRequest } from './errors.js';

export type Body = Record<string, unknown>;

/** C0 and C1 control characters (NUL included: PostgreSQL text cannot hold it). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused here
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

export function objectBody(value: unknown, allowed: readonly string[]): Body {
  if (!isPlainObject(value)) {
    throw badRequest('the body must be a JSON object');
  }
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw badRequest(
      `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}; allowed: ${allowed.join(', ')}`,
      unknown[0],
    );
  }
  return value;
}

export function requiredString(body: Body, field: string, max = 200): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw badRequest(`"${field}" is required and must be a non-empty string`, field);
  }
  if (value.length > max) {
    throw badRequest(`"${field}" is longer than ${max} characters`, field);
  }
  if (CONTROL_CHARACTER.test(value)) {
    throw badRequest(`"${field}" must not contain control characters`, field);
  }
  return value.trim();
}

export function optionalString(body: Body, field: string, max = 200): string | undefined {
  return body[field] === undefined ? undefined : requiredString(body, field, max);
}

export function optionalBoolean(body: Body, field: string): boolean | undefined {
  const value = body[field];
  if (value !== undefined && typeof value !== 'boolean') {
    throw badRequest(`"${field}" must be true or false`, field);
  }
  return value;
}

export function optionalStringList(body: Body, field: string): string[] | undefined {
  const value = body[field];
  if (value === undefined) {
    return undefined;
  }
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((item) => typeof item === 'string' && item.trim() !== '')
  ) {
    throw badRequest(`"${field}" must be a non-empty list of strings`, field);
  }
  return value.map((item: string) => item.trim());
}

/** An ISO-8601 time in the future, null (no expiry) or absent. */
export function optionalExpiry(body: Body, field: string, now: Date): string | null | undefined {
  const value = body[field];
  if (value === undefined || value === null) {
    return value;
  }
  const time = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T/.test(value) ||
    Number.isNaN(time) ||
    !isRealCalendarTime(value)
  ) {
    throw badRequest(`"${field}" must be an ISO-8601 time such as 2030-01-31T18:00:00Z, or null`, field);
  }
  if (time <= now.getTime()) {
    throw badRequest(`"${field}" ${value} is already in the past`, field);
  }
  return new Date(time).toISOString();
}
