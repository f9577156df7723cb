/** Test plumbing: the runtime over real HTTP with a real SDK Client, and an in-memory audit log. */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import {
  createToolRuntime,
  type HttpOptions,
  main,
  type RunningHttpServer,
  type RuntimeOptions,
  type ServerData,
  type ServingScope,
  startHttpServer,
} from 'saas-mcp-runtime';
import type { AuditEntry } from 'saas-mcp-runtime/host';
import { fixture } from './fixture.js';

export const ACCESS_TOKEN = 'upstream-secret-token-123';

export interface TestServer {
  http: RunningHttpServer;
  audit: AuditEntry[];
  connect(path?: string, headers?: Record<string, string>): Promise<Client>;
  close(): Promise<void>;
}

export function scopeFor(upstreamUrl: string, overrides: Partial<ServingScope> = {}): ServingScope {
  return {
    label: 'acme-mcp-server',
    filter: {},
    credentials: { ok: true, value: { baseUrl: upstreamUrl, accessToken: ACCESS_TOKEN } },
    ...overrides,
  };
}

export async function connectClient(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'runtime-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

export async function startTestServer(
  upstreamUrl: string,
  options: {
    scope?: Partial<ServingScope>;
    http?: Partial<HttpOptions>;
    runtime?: RuntimeOptions;
    data?: ServerData;
  } = {},
): Promise<TestServer> {
  const audit: AuditEntry[] = [];
  const runtime = createToolRuntime(options.data ?? fixture, {
    audit: (entry) => audit.push(entry),
    ...options.runtime,
  });
  const http = await startHttpServer(runtime, {
    host: '127.0.0.1',
    port: 0,
    scope: scopeFor(upstreamUrl, options.scope),
    sealKeys: [],
    requireApiToken: false,
    apiTokens: [],
    ...options.http,
  });
  const clients: Client[] = [];
  return {
    http,
    audit,
    async connect(path = '/mcp', headers = {}) {
      const client = await connectClient(`${http.url}${path}`, headers);
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.close()));
      await http.close();
    },
  };
}

/** The JSON a tool result carries as its first text block. */
export function textJson(result: unknown): Record<string, unknown> {
  const first = ((result as { content?: unknown }).content as Array<{ type: string; text?: string }> | undefined)?.[0];
  return JSON.parse(first?.text ?? 'null') as Record<string, unknown>;
}

/** The CLI's `main` in this process on the fixture: its exit code and what it wrote to stdout and stderr. */
export async function runMain(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, fixture, env, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}
