/**
 * The clients of the compatibility matrix, each connected to the built server over one transport:
 * the SDK v1 Client (1.32.x), the SDK v2 Client in its default mode, in automatic version
 * negotiation and pinned to 2026-07-28, and mcp-remote (the stdio-to-HTTP bridge) driven by a v2
 * Client over stdio, in its default and `--protocol auto` modes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Client,
  SSEClientTransport,
  StreamableHTTPClientTransport,
  type Transport,
} from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { Client as ClientV1 } from '@modelcontextprotocol/sdk/client/index.js';
import { SSEClientTransport as SseV1 } from '@modelcontextprotocol/sdk/client/sse.js';
import { StdioClientTransport as StdioV1 } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport as HttpV1 } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CLI, childEnv } from '../support/server.js';

export const CLIENTS = [
  'sdk-v1',
  'sdk-v2-default',
  'sdk-v2-auto',
  'sdk-v2-pinned',
  'mcp-remote',
  'mcp-remote-auto',
] as const;
export type ClientKind = (typeof CLIENTS)[number];
export const ROUTES = ['stdio', '/mcp', '/mcp/<token>', '/sse'] as const;
export type Route = (typeof ROUTES)[number];

const MCP_REMOTE = fileURLToPath(new URL('../../node_modules/mcp-remote/dist/proxy.js', import.meta.url));

/** What every client offers the matrix: the calls, and the era it says it landed on (v2 only). */
export interface MatrixClient {
  listTools(): Promise<{ tools: Array<{ name: string }>; ttlMs?: unknown; cacheScope?: unknown }>;
  callTool(request: { name: string; arguments: Record<string, unknown> }): Promise<unknown>;
  era?: string;
  protocolVersion?: string;
  stderr(): string;
  close(): Promise<void>;
}

export interface Target {
  /** Server base URL as the client sees it (the recording relay). */
  baseUrl: string;
  /** The sealed path `/mcp/<token>`. */
  sealedPath: string;
  /** Environment of a stdio server child. */
  stdioEnv: Record<string, string>;
}

function urlOf(route: Exclude<Route, 'stdio'>, target: Target): URL {
  return new URL(route === '/mcp/<token>' ? target.sealedPath : route, target.baseUrl);
}

async function connectV1(route: Route, target: Target): Promise<MatrixClient> {
  const client = new ClientV1({ name: 'compat-sdk-v1', version: '1.0.0' });
  let seen = '';
  if (route === 'stdio') {
    const transport = new StdioV1({
      command: process.execPath,
      args: [CLI],
      env: childEnv(target.stdioEnv),
      stderr: 'pipe',
    });
    transport.stderr?.on('data', (chunk: Buffer) => (seen += chunk.toString()));
    await client.connect(transport);
  } else {
    await client.connect(route === '/sse' ? new SseV1(urlOf(route, target)) : new HttpV1(urlOf(route, target)));
  }
  return Object.assign(client, { stderr: () => seen }) as unknown as MatrixClient;
}

function v2Client(kind: ClientKind): Client {
  const mode =
    kind === 'sdk-v2-auto' ? ('auto' as const) : kind === 'sdk-v2-pinned' ? { pin: '2026-07-28' } : ('legacy' as const);
  return new Client({ name: `compat-${kind}`, version: '1.0.0' }, { versionNegotiation: { mode } });
}

async function connectV2(client: Client, transport: Transport, stderr: () => string): Promise<MatrixClient> {
  await client.connect(transport);
  return {
    listTools: () => client.listTools(),
    callTool: (request) => client.callTool(request),
    era: client.getProtocolEra(),
    protocolVersion: client.getNegotiatedProtocolVersion(),
    stderr,
    close: () => client.close(),
  };
}

function stdioTransport(
  command: string,
  args: string[],
  env: Record<string, string>,
): { transport: StdioClientTransport; stderr: () => string } {
  const transport = new StdioClientTransport({ command, args, env: childEnv(env), stderr: 'pipe' });
  let seen = '';
  transport.stderr?.on('data', (chunk: Buffer) => (seen += chunk.toString()));
  return { transport, stderr: () => seen };
}

/** Connects one client over one route; rejects when that combination cannot connect. */
export async function connect(kind: ClientKind, route: Route, target: Target): Promise<MatrixClient> {
  if (kind === 'sdk-v1') {
    return connectV1(route, target);
  }
  if (kind === 'mcp-remote' || kind === 'mcp-remote-auto') {
    if (route === 'stdio') {
      throw new Error('mcp-remote bridges to HTTP only');
    }
    const strategy = route === '/sse' ? 'sse-only' : 'http-only';
    const args = [
      MCP_REMOTE,
      urlOf(route, target).href,
      '--transport',
      strategy,
      ...(kind === 'mcp-remote-auto' ? ['--protocol', 'auto'] : []),
    ];
    // Its OAuth cache goes to a fresh folder, never the user's ~/.mcp-auth.
    const env = { MCP_REMOTE_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'mcp-remote-')) };
    const { transport, stderr } = stdioTransport(process.execPath, args, env);
    return connectV2(v2Client('sdk-v2-default'), transport, stderr);
  }
  const client = v2Client(kind);
  if (route === 'stdio') {
    const { transport, stderr } = stdioTransport(process.execPath, [CLI], target.stdioEnv);
    return connectV2(client, transport, stderr);
  }
  const transport =
    route === '/sse'
      ? new SSEClientTransport(urlOf(route, target))
      : new StreamableHTTPClientTransport(urlOf(route, target));
  return connectV2(client, transport, () => '');
}
