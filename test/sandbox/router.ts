/**
 * A tiny method+path router. Paths are split on `/` BEFORE decoding, and each segment is decoded on
 * its own, matching how Egnyte wants paths encoded (each segment URL-encoded, `/` left as is,
 * egnyte-api.md §1.2), so a folder named `a?b%c` arrives intact.
 */
import type { Handler } from './context.js';
import { badRequest } from './errors.js';

interface Route {
  method: string;
  /** Literal segments, `:name` params, or a final `*` that captures the rest. */
  pattern: string[];
  handler: Handler;
}

export type RouteMatch =
  | { kind: 'found'; handler: Handler; params: Record<string, string>; rest: string[] }
  | { kind: 'wrong-method' }
  | { kind: 'none' };

export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method, pattern: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  match(method: string, segments: string[]): RouteMatch {
    let pathMatched = false;
    for (const route of this.routes) {
      const captured = matchPattern(route.pattern, segments);
      if (!captured) {
        continue;
      }
      pathMatched = true;
      if (route.method === method) {
        return { kind: 'found', handler: route.handler, ...captured };
      }
    }
    return pathMatched ? { kind: 'wrong-method' } : { kind: 'none' };
  }
}

function matchPattern(
  pattern: string[],
  segments: string[],
): { params: Record<string, string>; rest: string[] } | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i] as string;
    if (part === '*') {
      return { params, rest: segments.slice(i) };
    }
    const segment = segments[i];
    if (segment === undefined) {
      return undefined;
    }
    if (part.startsWith(':')) {
      params[part.slice(1)] = segment;
    } else if (part !== segment) {
      return undefined;
    }
  }
  return segments.length === pattern.length ? { params, rest: [] } : undefined;
}

/** Splits a raw pathname into decoded segments; a trailing slash yields no empty segment. */
export function decodeSegments(rawPathname: string): string[] {
  const parts = rawPathname.split('/').slice(1);
  if (parts.length > 0 && parts[parts.length - 1] === '') {
    parts.pop();
  }
  return parts.map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      throw badRequest(`Malformed URL encoding in path segment "${part}"`);
    }
  });
}
