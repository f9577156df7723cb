/**
 * What users and groups (the SCIM family, egnyte-api.md §2.1-2.2) share: admin-only access,
 * 1-based startIndex/count paging and the `attr op "value"` filter grammar.
 */
import type { RequestContext } from '../context.js';
import { badRequest, forbidden } from '../errors.js';
import { intParam } from '../validate.js';

export const SCIM_SCHEMAS = ['urn:scim:schemas:core:1.0'];

/** Users and groups need an admin token (§1.3 "Permission context"). */
export function requireAdmin(ctx: RequestContext): void {
  if (ctx.actor.userType !== 'admin') {
    throw forbidden('Only administrators can manage users and groups');
  }
}

export interface ScimPage {
  startIndex: number;
  count: number;
}

/**
 * startIndex is 1-based (>= 1) and count is 1..100. Above 100 we answer 400 rather than capping:
 * egnyte-api.md §7 says "caps it or returns 400 [inf]" and the .NET SDK rejects > 100, so a
 * client that relies on more is wrong either way.
 */
export function scimPage(query: URLSearchParams): ScimPage {
  return {
    startIndex: intParam(query, 'startIndex', { min: 1, fallback: 1 }),
    count: intParam(query, 'count', { min: 1, max: 100, fallback: 100 }),
  };
}

export function pageOf<T>(
  items: readonly T[],
  page: ScimPage,
): { totalResults: number; itemsPerPage: number; startIndex: number; resources: T[] } {
  const resources = items.slice(page.startIndex - 1, page.startIndex - 1 + page.count);
  return { totalResults: items.length, itemsPerPage: resources.length, startIndex: page.startIndex, resources };
}

export type FilterOp = 'eq' | 'co' | 'sw';

export interface ScimFilter {
  /** Lowercased attribute name (attributes are case-insensitive). */
  attribute: string;
  op: FilterOp;
  value: string;
}

const FILTER = /^\s*([A-Za-z]+)\s+([A-Za-z]+)\s+"((?:[^"\\]|\\.)*)"\s*$/;

/**
 * Parses every `filter` parameter (the Python SDK repeats it to AND conditions). `allowed` maps a
 * lowercased attribute to the operators it supports; anything else is a 400 SCIM error.
 */
export function parseFilters(query: URLSearchParams, allowed: Record<string, readonly FilterOp[]>): ScimFilter[] {
  return query
    .getAll('filter')
    .filter((raw) => raw.trim() !== '')
    .map((raw) => {
      const match = FILTER.exec(raw);
      if (!match) {
        throw badRequest(`Invalid filter expression: ${raw}`);
      }
      const attribute = (match[1] as string).toLowerCase();
      const op = (match[2] as string).toLowerCase();
      const ops = allowed[attribute];
      if (!ops) {
        throw badRequest(`Unsupported filter attribute: ${match[1]}`);
      }
      if (!(ops as readonly string[]).includes(op)) {
        throw badRequest(`Unsupported filter operator "${match[2]}" for attribute ${match[1]}`);
      }
      return { attribute, op: op as FilterOp, value: (match[3] as string).replace(/\\(.)/g, '$1') };
    });
}

/** Case-insensitive comparison, like Egnyte's filters on names and emails. */
export function matchesFilter(actual: string | null, filter: ScimFilter): boolean {
  if (actual === null) {
    return false;
  }
  const a = actual.toLowerCase();
  const v = filter.value.toLowerCase();
  return filter.op === 'eq' ? a === v : filter.op === 'co' ? a.includes(v) : a.startsWith(v);
}
