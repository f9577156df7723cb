/**
 * The practical limit: the smallest MCP server a person would hand-write on the same SDK as the
 * generated runtime, forwarding the two benchmarked calls to the sandbox. No validation, no
 * logging, no filters; the upstream body goes back as the text content unchanged.
 *
 *   node minimal-server.mjs [--transport stdio|http]    (EGNYTE_BASE_URL, EGNYTE_ACCESS_TOKEN)
 *
 * Over HTTP it serves Streamable HTTP on 127.0.0.1, ephemeral port, at `/mcp` the way the generated
 * server serves the initialize era (stateless: a server and transport per request, JSON answers,
 * through the SDK's Node adapter) and prints
 * "listening on http://127.0.0.1:<port>/mcp" on stderr. The bench transpiles this file to
 * `.tmp/bench/minimal-server.mjs` and starts it with plain `node`, exactly like `dist/cli.js`.
 */
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeHandler } from '@modelcontextprotocol/node';
import { Server, type Tool, WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/server';
import { serveStdio } from '@modelcontextprotocol/server/stdio';

const baseUrl = process.env.EGNYTE_BASE_URL ?? '';
const headers = { Authorization: `Bearer ${process.env.EGNYTE_ACCESS_TOKEN ?? ''}` };

const TOOLS: Tool[] = [
  {
    name: 'get_user',
    description: 'Get one Egnyte user by numeric id.',
    inputSchema: { type: 'object', properties: { id: { type: 'integer' } }, required: ['id'] },
  },
  {
    name: 'list_users',
    description: 'List Egnyte users, one page.',
    inputSchema: { type: 'object', properties: { startIndex: { type: 'integer' }, count: { type: 'integer' } } },
  },
];

function upstreamPath(name: string, args: Record<string, unknown>): string {
  if (name === 'get_user') {
    return `/pubapi/v2/users/${encodeURIComponent(String(args.id))}`;
  }
  return `/pubapi/v2/users?startIndex=${Number(args.startIndex ?? 1)}&count=${Number(args.count ?? 100)}`;
}

function newServer(): Server {
  const server = new Server({ name: 'minimal', version: '1.0.0' }, { capabilities: { tools: {} } });
  server.setRequestHandler('tools/list', async () => ({ tools: TOOLS }));
  server.setRequestHandler('tools/call', async (request) => {
    const response = await fetch(`${baseUrl}${upstreamPath(request.params.name, request.params.arguments ?? {})}`, {
      headers,
    });
    return { content: [{ type: 'text' as const, text: await response.text() }], isError: !response.ok };
  });
  return server;
}

/** The initialize era, statelessly: a server and transport per POST, answering with JSON. */
async function answer(request: Request): Promise<Response> {
  // Stateless: no GET stream to offer (the generated server answers the same 405).
  if (request.method !== 'POST') {
    return new Response(null, { status: 405, headers: { allow: 'POST' } });
  }
  const server = newServer();
  const transport = new WebStandardStreamableHTTPServerTransport({
    sessionIdGenerator: undefined,
    enableJsonResponse: true,
  });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request);
  } finally {
    void transport.close().catch(() => undefined);
    void server.close().catch(() => undefined);
  }
}

async function serveHttp(): Promise<void> {
  const http = createHttpServer(toNodeHandler({ fetch: answer }));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  process.stderr.write(`minimal listening on http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp\n`);
  process.once('SIGTERM', () => {
    http.closeAllConnections();
    http.close();
  });
}

if (process.argv.includes('http')) {
  await serveHttp();
} else {
  serveStdio(() => newServer());
}
