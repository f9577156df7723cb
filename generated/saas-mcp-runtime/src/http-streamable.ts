// Generated from templates/runtime/http-streamable.ts by `npm run generate`. Do not edit: change the specs and regenerate.
/**
 * One stateless Streamable HTTP exchange: a fresh MCP server and transport for this request,
 * answering with JSON. Shared by the bundled HTTP server (`http.ts`) and by embedding (`embed.ts`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { rateLimitHeaders } from './ratelimit.js';
import type { ServingScope, ToolRuntime } from './runtime.js';
import { createServer } from './server.js';

/** `body`: the parsed JSON-RPC message; when undefined the SDK reads the request body itself. */
export async function answerStreamable(runtime: ToolRuntime, scope: ServingScope, req: IncomingMessage, res: ServerResponse, body?: unknown): Promise<void> {
  // Throttling fields also travel as response headers; the JSON answer is written after the call.
  const onRateLimited = (fields: Parameters<typeof rateLimitHeaders>[0]) => {
    for (const [name, value] of Object.entries(rateLimitHeaders(fields))) if (!res.headersSent) res.setHeader(name, value);
  };
  const server = createServer(runtime, scope, { onRateLimited });
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  res.on('close', () => {
    void transport.close();
    void server.close();
  });
  await server.connect(transport);
  await transport.handleRequest(req, res, body);
}
