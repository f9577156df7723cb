/**
 * The MCP endpoint behind `/mcp` and `/mcp/<token>`, built from the SDK v2 serving pieces: one
 * route serves both protocol eras. `isLegacyRequest` (the SDK's own classification step) sends
 * initialize-era requests (2025-11-25, 2025-06-18, 2025-03-26) to a stateless leg on the SDK's
 * `WebStandardStreamableHTTPServerTransport`, and everything else to `createMcpHandler` serving
 * 2026-07-28 (`server/discover`, no session). Both legs answer with plain JSON, so a throttled
 * call's rate-limit fields can also travel as response headers. A target may still be pending (a
 * store lookup in flight): the SDK reads and classifies the request meanwhile, and nothing is
 * handled, nor anything but the refusal answered, before it is decided.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toNodeHandler } from '@modelcontextprotocol/node';
import {
  type AuthInfo,
  createMcpHandler,
  isLegacyRequest,
  type McpHandlerRequestOptions,
  type McpRequestContext,
  WebStandardStreamableHTTPServerTransport,
} from '@modelcontextprotocol/server';
import type { CallHooks } from '../../calls/call-tool.js';
import type { ServingScope, ToolRuntime } from '../../calls/runtime.js';
import { createServer } from '../../mcp/server.js';
import { rateLimitHeaders } from '../../upstream/ratelimit.js';
import type { JsonAnswer } from './guards.js';

/** What one request is served with; it rides the SDK's pass-through `authInfo` into the per-request factory. */
export interface McpRequestTarget {
  scope: ServingScope;
  hooks: CallHooks;
}

/** The target once the route's checks are done, or the answer that refuses the request. */
export type Admitted = { ok: true; target: McpRequestTarget } | { ok: false; answer: JsonAnswer };

export interface McpEndpoint {
  /** `body`: the request body already read and checked (body-limit.ts; or parsed by the embedding app), so the SDK does not read it again. */
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    target: McpRequestTarget | Promise<Admitted>,
    body?: unknown,
  ): Promise<void>;
  close(): Promise<void>;
}

const TARGET = 'mcpRequestTarget';

/** The route's access decision as the SDK's AuthInfo; the token field names the scope, never a secret. */
function authInfoOf(target: McpRequestTarget): AuthInfo {
  const expiresAt = target.scope.expiresAt ? Math.floor(target.scope.expiresAt.getTime() / 1000) : undefined;
  return {
    token: target.scope.label,
    clientId: target.scope.label,
    scopes: [],
    expiresAt,
    extra: { [TARGET]: target },
  };
}

function targetOf(authInfo: AuthInfo | undefined): McpRequestTarget {
  const target = authInfo?.extra?.[TARGET] as McpRequestTarget | undefined;
  if (!target) {
    throw new Error('MCP request without a serving scope');
  }
  return target;
}

/** Throttling fields also travel as response headers; the JSON answer is written after the call. */
export function rateLimitHeaderHooks(res: ServerResponse): CallHooks {
  return {
    onRateLimited(fields) {
      for (const [name, value] of Object.entries(rateLimitHeaders(fields))) {
        if (!res.headersSent) {
          res.setHeader(name, value);
        }
      }
    },
  };
}

export function createMcpEndpoint(runtime: ToolRuntime): McpEndpoint {
  const factory = ({ authInfo }: McpRequestContext) => {
    const { scope, hooks } = targetOf(authInfo);
    return createServer(runtime, scope, hooks);
  };
  const modern = createMcpHandler(factory, { legacy: 'reject' });

  /** The initialize era, statelessly: a fresh server and transport per POST, answering with JSON. */
  async function legacy(request: Request, options?: McpHandlerRequestOptions): Promise<Response> {
    const server = await factory({ era: 'legacy', authInfo: options?.authInfo, requestInfo: request });
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: undefined,
      enableJsonResponse: true,
    });
    await server.connect(transport);
    try {
      return await transport.handleRequest(request, { authInfo: options?.authInfo, parsedBody: options?.parsedBody });
    } finally {
      void transport.close().catch(() => undefined);
      void server.close().catch(() => undefined);
    }
  }

  /** Classification (the SDK's) overlaps the admission; its verdict waits, so a refusal comes first. */
  async function answer(request: Request, parsedBody: unknown, pending: Promise<Admitted>): Promise<Response> {
    const era = isLegacyRequest(request, parsedBody).then(
      (isLegacy) => ({ isLegacy }),
      (error: unknown) => ({ error }),
    );
    const admitted = await pending;
    if (!admitted.ok) {
      const { status, body, headers } = admitted.answer;
      return Response.json(body, { status, headers });
    }
    const classified = await era;
    if ('error' in classified) {
      throw classified.error;
    }
    const options = { authInfo: authInfoOf(admitted.target), parsedBody };
    return classified.isLegacy ? legacy(request, options) : modern.fetch(request, options);
  }

  return {
    serve(req, res, target, body) {
      const pending = target instanceof Promise ? target : Promise.resolve<Admitted>({ ok: true, target });
      // The body the route already read and parsed rides along, so neither leg reads or parses it again.
      const node = toNodeHandler({ fetch: (request, options) => answer(request, options?.parsedBody, pending) });
      return node(req, res, body);
    },
    close: () => modern.close(),
  };
}
