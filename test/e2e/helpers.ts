/**
 * End-to-end plumbing: the BUILT generated server (started by test/support/server.ts) driven
 * through the real SDK v2 Client over stdio or Streamable HTTP, in either protocol era, against the
 * Egnyte sandbox running in this process. `npm test` builds first (pretest); so does `npm run demo`.
 */
import { Client, type FetchLike, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { ToolInputs, ToolOutputs } from 'egnyte-mcp-server';
import { afterAll, beforeAll } from 'vitest';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { sandboxEnv, startHttpServer, startStdioServer } from '../support/server.js';
import { ChildStdioTransport } from '../support/stdio-transport.js';

export type TransportKind = 'stdio' | 'http';
/** `legacy`: the initialize handshake (the v2 Client's default); `modern`: pinned to 2026-07-28 (server/discover, no session). */
export type Era = 'legacy' | 'modern';
export const ERAS: readonly Era[] = ['legacy', 'modern'];
export const MODERN_VERSION = '2026-07-28';

/** One way to reach the server: a transport and the protocol era the client speaks on it. */
export interface Serving {
  transport: TransportKind;
  era: Era;
}
/** Every suite that runs "over each transport" runs once per era too. */
export const TRANSPORTS: readonly Serving[] = (['stdio', 'http'] as const).flatMap((transport) =>
  ERAS.map((era) => ({ transport, era })),
);

type Env = Record<string, string>;

export function newClient(era: Era = 'legacy'): Client {
  const versionNegotiation = era === 'modern' ? { mode: { pin: MODERN_VERSION } } : { mode: 'legacy' as const };
  return new Client({ name: 'egnyte-e2e', version: '1.0.0' }, { versionNegotiation });
}

/** A Client on a Streamable HTTP URL; `fetch` lets a test see the raw HTTP answers (headers). */
export async function connectHttpClient(
  url: string,
  headers: Record<string, string> = {},
  era: Era = 'legacy',
  fetch?: FetchLike,
): Promise<Client> {
  const client = newClient(era);
  await client.connect(
    new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers }, ...(fetch ? { fetch } : {}) }),
  );
  if (client.getProtocolEra() !== era) {
    throw new Error(`connected in the ${client.getProtocolEra()} era, not ${era}`);
  }
  return client;
}

export interface Connected {
  kind: TransportKind;
  era: Era;
  client: Client;
  /** The HTTP server's base URL (http only). */
  url?: string;
  stderr(): string;
  /** Resolves once `holds(stderr)` does, woken by the server's output (its log and audit lines come there). */
  waitForStderr(holds: (stderr: string) => boolean): Promise<void>;
  /** Closes the client and ends the child process. */
  close(): Promise<void>;
}

/** The built server over stdio, started by test/support, with a Client connected in `era`. */
export async function connectStdio(args: string[], env: Env, era: Era = 'legacy'): Promise<Connected> {
  const server = startStdioServer(args, env);
  const client = newClient(era);
  try {
    await client.connect(new ChildStdioTransport(server));
  } catch (error) {
    await server.stop({ endInput: true });
    throw error;
  }
  if (client.getProtocolEra() !== era) {
    await client.close();
    throw new Error(`connected in the ${client.getProtocolEra()} era, not ${era}`);
  }
  return {
    kind: 'stdio',
    era,
    client,
    stderr: server.stderr,
    waitForStderr: (holds) => server.waitUntil(holds),
    close: () => client.close(),
  };
}

/** The built server over either transport, with a Client connected in the serving's era. */
export async function openServer({ transport: kind, era }: Serving, env: Env, args: string[] = []): Promise<Connected> {
  if (kind === 'stdio') {
    return connectStdio(args, env, era);
  }
  const server = await startHttpServer(args, env);
  try {
    const client = await connectHttpClient(`${server.url}/mcp`, {}, era);
    return {
      kind,
      era,
      client,
      url: server.url,
      stderr: server.stderr,
      waitForStderr: (holds) => server.waitUntil(holds),
      async close() {
        await client.close().catch(() => undefined);
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/**
 * A sandbox of its own and the built server on it, for the tests of the calling describe block:
 * started before them (then `ready` hands both to the block's variables), closed after them.
 */
export function useSandboxServer(
  serving: Serving,
  ready: (sandbox: Sandbox, server: Connected) => void,
  args: string[] = [],
): void {
  let sandbox: Sandbox | undefined;
  let server: Connected | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    server = await openServer(serving, sandboxEnv(sandbox), args);
    ready(sandbox, server);
  });
  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
  });
}

interface ToolResultLike {
  content?: unknown;
  structuredContent?: unknown;
  isError?: unknown;
  _meta?: unknown;
}

/** The JSON a tool result carries in content[0].text (always there, errors included). */
export function textJson(result: unknown): Record<string, unknown> {
  const content = (result as ToolResultLike).content as Array<{ type: string; text?: string }> | undefined;
  const first = content?.[0];
  if (first?.type !== 'text' || first.text === undefined) {
    throw new Error(`no text content in ${JSON.stringify(result)}`);
  }
  return JSON.parse(first.text) as Record<string, unknown>;
}

/** structuredContent of a successful result, checked to equal the text JSON. */
export function ok<T>(result: unknown): T {
  const r = result as ToolResultLike;
  if (r.isError) {
    throw new Error(`tool error: ${JSON.stringify(r.content)}`);
  }
  if (r.structuredContent === undefined) {
    throw new Error(`no structuredContent: ${JSON.stringify(r.content)}`);
  }
  if (JSON.stringify(textJson(result)) !== JSON.stringify(r.structuredContent)) {
    throw new Error('text JSON differs from structuredContent');
  }
  return r.structuredContent as T;
}

/** A user, as the generated package types it (from the spec's response schema). */
export type EgnyteUser = ToolOutputs['get_single_egnyte_user_by_id'];

/** The list tools: their results are pages. */
export type ListToolName = {
  [N in keyof ToolOutputs]: ToolOutputs[N] extends { next_cursor: string | null } ? N : never;
}[keyof ToolOutputs];

/** Every page of a list tool, following next_cursor until it is null; returns the pages. */
export async function listAllPages<N extends ListToolName>(
  client: Client,
  name: N,
  args: ToolInputs[N],
): Promise<Array<ToolOutputs[N]>> {
  const pages: Array<ToolOutputs[N]> = [];
  let cursor: string | null = null;
  do {
    const result = await client.callTool({
      name,
      arguments: { ...args, ...(cursor === null ? {} : { next_cursor: cursor }) },
    });
    const page = ok<ToolOutputs[N]>(result);
    pages.push(page);
    cursor = page.next_cursor;
    if (pages.length > 100) {
      throw new Error('paging does not end');
    }
  } while (cursor !== null);
  return pages;
}

/** A user as the sandbox serves it over plain HTTP (not through the MCP server). */
export async function sandboxUser(sandbox: Pick<Sandbox, 'baseUrl' | 'token'>, id: number): Promise<EgnyteUser> {
  const response = await fetch(`${sandbox.baseUrl}/pubapi/v2/users/${id}`, {
    headers: { Authorization: `Bearer ${sandbox.token}` },
  });
  if (response.status !== 200) {
    throw new Error(`sandbox GET user ${id}: ${response.status}`);
  }
  return (await response.json()) as EgnyteUser;
}

export const RATE_LIMIT_FIELDS = ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after'] as const;

/** Headers for a raw Streamable HTTP POST (stateless, JSON answers). */
export const MCP_POST_HEADERS = { Accept: 'application/json, text/event-stream', 'Content-Type': 'application/json' };

/** A raw JSON-RPC POST; returns the HTTP response and its body text. */
export async function rawPost(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ response: Response; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...MCP_POST_HEADERS, ...headers },
    body: JSON.stringify(body),
  });
  return { response, text: await response.text() };
}

export const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw-e2e', version: '1.0.0' } },
};
