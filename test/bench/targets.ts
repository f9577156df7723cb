/**
 * The ways of making the two benchmarked calls (get one user; list a page of 100 users), each an
 * open connection with `get()` and `list()`: direct HTTP to the sandbox, the minimal server and
 * the generated server over stdio and Streamable HTTP. Every call checks its answer, so a failing
 * target cannot look fast.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { peerBody } from './peer.js';
import {
  connectHttp,
  connectStdio,
  type Program,
  programEnv,
  startHttpServer,
  type Upstream,
  upstreamEnv,
} from './processes.js';

export type CallKind = 'get' | 'list';
export const CALL_KINDS: readonly CallKind[] = ['get', 'list'];

export interface CallTarget {
  /** Row name, e.g. "(c) generated stdio". */
  name: string;
  get(): Promise<void>;
  list(): Promise<void>;
  close(): Promise<void>;
}

/** Tool names and arguments of the two calls on one MCP server. */
export interface ToolCalls {
  get: { name: string; arguments: Record<string, unknown> };
  list: { name: string; arguments: Record<string, unknown> };
  /** How many items the list answer must hold (checked on every call). */
  listSize: number;
}

export function generatedCalls(userId: number): ToolCalls {
  return {
    get: { name: 'get_single_egnyte_user_by_id', arguments: { id: userId } },
    list: { name: 'list_all_egnyte_users', arguments: { limit: 100 } },
    listSize: 100,
  };
}

export function minimalCalls(userId: number): ToolCalls {
  return {
    get: { name: 'get_user', arguments: { id: userId } },
    list: { name: 'list_users', arguments: { startIndex: 1, count: 100 } },
    listSize: 100,
  };
}

/** Items in a list answer: `data` (generated) or `resources` (the sandbox's own body, minimal). */
function listLength(text: string): number {
  const body = JSON.parse(text) as { data?: unknown[]; resources?: unknown[] };
  return (body.data ?? body.resources ?? []).length;
}

async function checkedCall(client: Client, call: ToolCalls['get'], listSize?: number): Promise<void> {
  const result = await client.callTool(call);
  const content = result.content as Array<{ type: string; text?: string }>;
  const raw = content[0]?.text ?? '';
  const peer = peerBody(raw);
  const text = peer ? peer.body : raw;
  if (result.isError || peer?.ok === false) {
    throw new Error(`${call.name} failed: ${raw.slice(0, 300)}`);
  }
  if (listSize !== undefined && listLength(text) !== listSize) {
    throw new Error(`${call.name} returned ${listLength(text)} items, not ${listSize}`);
  }
}

export function mcpTarget(name: string, client: Client, calls: ToolCalls, close: () => Promise<void>): CallTarget {
  return {
    name,
    get: () => checkedCall(client, calls.get),
    list: () => checkedCall(client, calls.list, calls.listSize),
    close,
  };
}

export function directTarget(upstream: Upstream, userId: number): CallTarget {
  const headers = { Authorization: `Bearer ${upstream.token}` };
  const fetchJson = async (path: string) => {
    const response = await fetch(`${upstream.baseUrl}${path}`, { headers });
    if (response.status !== 200) {
      throw new Error(`sandbox ${path}: ${response.status}`);
    }
    return (await response.json()) as { resources?: unknown[] };
  };
  return {
    name: '(a) direct HTTP',
    get: async () => void (await fetchJson(`/pubapi/v2/users/${userId}`)),
    list: async () => {
      const body = await fetchJson('/pubapi/v2/users?startIndex=1&count=100');
      if (body.resources?.length !== 100) {
        throw new Error('sandbox list did not return 100 users');
      }
    },
    close: async () => undefined,
  };
}

/**
 * One MCP server program over stdio, connected and with tools/list done once (as a real client
 * does first; the SDK Client then checks structuredContent against each tool's outputSchema).
 */
export async function stdioTarget(
  name: string,
  program: Program,
  upstream: Upstream,
  calls: ToolCalls,
): Promise<CallTarget> {
  const connection = await connectStdio(program, programEnv(program, upstream));
  await connection.client.listTools();
  return mcpTarget(name, connection.client, calls, connection.close);
}

export async function httpTarget(
  name: string,
  program: Program,
  upstream: Upstream,
  calls: ToolCalls,
): Promise<CallTarget> {
  const server = await startHttpServer(program, upstreamEnv(upstream));
  try {
    const client = await connectHttp(server.mcpUrl);
    await client.listTools();
    return mcpTarget(name, client, calls, async () => {
      await client.close().catch(() => undefined);
      await server.close();
    });
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Finds a real user id through the sandbox (ids are never hard-coded). */
export async function sampleUserId(upstream: Upstream): Promise<number> {
  const response = await fetch(`${upstream.baseUrl}/pubapi/v2/users?startIndex=1&count=1`, {
    headers: { Authorization: `Bearer ${upstream.token}` },
  });
  const body = (await response.json()) as { resources?: Array<{ id: number }> };
  const id = body.resources?.[0]?.id;
  if (id === undefined) {
    throw new Error('the sandbox listed no users');
  }
  return id;
}
