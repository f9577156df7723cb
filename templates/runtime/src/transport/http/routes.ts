/**
 * HTTP as one route table: each part (probes and metrics, the MCP endpoints, and the hosting
 * package's admin API, admin page and OAuth front door) contributes entries, and one dispatcher
 * runs them with the same guards: the Host/Origin check for every route but the open probes (and
 * for the 404), then the entry's own guard (an admin token), then its handler.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasValidApiToken, sendJson, sendRpcError } from './guards.js';

/** False when it refused the request (the answer is sent). */
export type RouteGuard = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/**
 * False: not this route's after all (the next entry may take it, matched against `url` as this
 * handler left it: a mount under a base path rewrites it); anything else: answered.
 */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean | undefined>;

export interface HttpRoute {
  /** Only this method; any method when unset (the route answers its own 405). */
  method?: string;
  /**
   * `/healthz`: that path exactly. `/admin/*`: the first path segments (percent-decoded, empty ones
   * skipped) are these, at any depth below; `/*` takes every path.
   */
  path: string;
  /** Answered before the Host/Origin check: the load balancer's probes, which send any Host. */
  open?: boolean;
  guard?: RouteGuard;
  handle: RouteHandler;
}

function decodedSegments(pathname: string): string[] {
  return pathname
    .split('/')
    .filter(Boolean)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

/** The path's segments as admin routes read them (percent-decoded, empty ones skipped). */
export const pathSegments = (url: URL): string[] => decodedSegments(url.pathname);

/** A route with its prefix decoded once, at table time (exact routes have none). */
interface CompiledRoute {
  route: HttpRoute;
  prefix?: string[];
}

function compile(route: HttpRoute): CompiledRoute {
  return route.path.endsWith('/*') ? { route, prefix: decodedSegments(route.path.slice(0, -2)) } : { route };
}

function matches({ route, prefix }: CompiledRoute, req: IncomingMessage, url: URL, segments: () => string[]): boolean {
  if (route.method !== undefined && req.method !== route.method) {
    return false;
  }
  if (prefix === undefined) {
    return url.pathname === route.path;
  }
  const path = segments();
  return prefix.every((segment, index) => path[index] === segment);
}

export interface DispatchOptions {
  /** The Host/Origin check (DNS rebinding); false refuses with 403. */
  allowed(req: IncomingMessage): boolean;
}

/** One handler for the whole table; a path no entry takes is a JSON-RPC 404 (MCP clients read that shape). */
export function dispatch(routes: readonly HttpRoute[], options: DispatchOptions) {
  const table = routes.map(compile);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Decoded once per path: an entry may rewrite `url` (a base path) and decline to the next.
    let decodedFor = '';
    let decoded: string[] = [];
    const segments = () => {
      if (decodedFor !== url.pathname) {
        decodedFor = url.pathname;
        decoded = decodedSegments(url.pathname);
      }
      return decoded;
    };
    let checked = false;
    const hostAllowed = () => {
      if (checked) {
        return true;
      }
      checked = true;
      if (options.allowed(req)) {
        return true;
      }
      sendRpcError(res, 403, -32000, 'Forbidden: Host or Origin header not allowed');
      return false;
    };
    for (const compiled of table) {
      if (!matches(compiled, req, url, segments)) {
        continue;
      }
      const { route } = compiled;
      if (!route.open && !hostAllowed()) {
        return;
      }
      if (route.guard && !(await route.guard(req, res))) {
        return;
      }
      if ((await route.handle(req, res, url)) !== false) {
        return;
      }
    }
    if (hostAllowed()) {
      sendRpcError(res, 404, -32001, 'Not found');
    }
  };
}

/**
 * Admin routes' guard: `Authorization: Bearer <admin token>`, or 401 with a challenge. `whenNone`
 * says what to set when no admin token is configured at all.
 */
export function adminTokenGuard(tokens: readonly string[], whenNone: string): RouteGuard {
  return (req, res) => {
    if (tokens.length > 0 && hasValidApiToken(req, tokens)) {
      return true;
    }
    const message = tokens.length === 0 ? whenNone : 'send Authorization: Bearer <admin token>';
    sendJson(res, 401, { error: 'unauthorized', message }, { 'www-authenticate': 'Bearer' });
    return false;
  };
}
