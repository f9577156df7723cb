/**
 * The MCP server for one scope, on the SDK v2 low-level `Server`: tools/list serves the selected
 * tools exactly as generated (raw JSON Schema, unchanged, in tools.json order), tools/call runs them.
 * In discovery mode (discovery.ts) both go through the three meta-tools instead.
 * The same instance serves both protocol eras; the SDK's serving entries (`serveStdio`,
 * `createMcpHandler`) pick the era per connection or request and call `createServer` for each.
 */
import { type CacheHint, ProtocolError, ProtocolErrorCode, Server, type Tool } from '@modelcontextprotocol/server';
import type { CallHooks, callTool } from '../calls/call-tool.js';
import { isExpired, type ServingScope, type ToolRuntime } from '../calls/runtime.js';
import { selectTools } from '../surface/filters.js';
import { listedTool } from '../surface/listing.js';
import { DEFAULT_SURFACE } from '../surface/options.js';
import { discoveryTools } from './discovery.js';

type CallFunction = typeof callTool;
let directCalls: Promise<CallFunction> | undefined;
let discoveryCalls: Promise<CallFunction> | undefined;

/**
 * The call path (calls/, upstream/: some 35 modules) loads on the first tools/call, not with every
 * start: initialize and tools/list never need it.
 */
function loadCall(discovery: boolean): Promise<CallFunction> {
  if (discovery) {
    discoveryCalls ??= import('./discovery-call.js').then((module) => module.callDiscoveryTool);
    return discoveryCalls;
  }
  directCalls ??= import('../calls/call-tool.js').then((module) => module.callTool);
  return directCalls;
}

/** How long a 2026-07-28 client may reuse a tools/list (and server/discover) answer. */
export const TOOL_LIST_TTL_MS = 300_000;

/**
 * The tools a scope lists, in the generator's order (deterministic: `generate --check` holds it),
 * built once per server: the same bytes on every call and in both eras, so prompt caches hit.
 */
export function listedTools(runtime: ToolRuntime, scope: ServingScope): Tool[] {
  const surface = scope.surface ?? DEFAULT_SURFACE;
  if (surface.toolExposure === 'discovery') {
    return discoveryTools(runtime, scope);
  }
  return selectTools(runtime.data.tools, scope.filter).map((tool) => listedTool(tool, surface));
}

/**
 * Cache fields of the 2026-07-28 era: the list depends on the scope (its filters, its account),
 * so only the requesting client may keep it (`private`), and never past the scope's expiry.
 */
export function toolListCacheHint(scope: ServingScope, now: Date): CacheHint {
  const untilExpiry = scope.expiresAt === undefined ? TOOL_LIST_TTL_MS : scope.expiresAt.getTime() - now.getTime();
  return { ttlMs: Math.max(0, Math.min(TOOL_LIST_TTL_MS, untilExpiry)), cacheScope: 'private' };
}

export function createServer(runtime: ToolRuntime, scope: ServingScope, hooks: CallHooks = {}): Server {
  const { integration } = runtime.data;
  const hint = toolListCacheHint(scope, runtime.now());
  const server = new Server(
    {
      name: integration.packageName,
      title: `${integration.displayName} MCP server`,
      version: runtime.data.version ?? '0.0.0',
    },
    { capabilities: { tools: { listChanged: false } }, cacheHints: { 'tools/list': hint, 'server/discover': hint } },
  );
  // Built on the first tools/list: over HTTP a server is made per request, mostly for a tools/call.
  let listed: Tool[] | undefined;
  const discovery = scope.surface?.toolExposure === 'discovery';

  server.setRequestHandler('tools/list', async () => {
    if (isExpired(scope, runtime.now())) {
      throw new ProtocolError(
        ProtocolErrorCode.InvalidRequest,
        `this server's access expired at ${scope.expiresAt?.toISOString()}`,
      );
    }
    listed ??= listedTools(runtime, scope);
    return { tools: listed };
  });
  // ctx.mcpReq.signal aborts when the client cancels or disconnects; the upstream fetch stops with it.
  server.setRequestHandler('tools/call', async (request, ctx) => {
    const call = await loadCall(discovery);
    return call(runtime, scope, request.params.name, request.params.arguments ?? {}, {
      ...hooks,
      signal: hooks.signal ? AbortSignal.any([hooks.signal, ctx.mcpReq.signal]) : ctx.mcpReq.signal,
    });
  });
  return server;
}
