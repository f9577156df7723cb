/**
 * What one stress client does in a loop: ordinary calls against the sandbox, calls whose upstream
 * is hostile (a gzip bomb, a page of unclosed tags, an echoed token, JSON 5,000 deep), malformed
 * bodies, and calls it abandons mid-way. Each action checks its own answer; a wrong one is a failure.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';

export interface Target {
  /** Base URL of the server under stress. */
  url: string;
  /** Sealed path whose upstream is the hostile server. */
  hostilePath: string;
  /** A token that must never appear in an answer. */
  upstreamToken: string;
}

export type Action = (client: { sandbox: Client; hostile: Client }, target: Target) => Promise<void>;

/** A correct answer from a starved machine, not a wrong one: the upstream did not answer in time or dropped the socket. */
export class Degraded extends Error {}

/** Client-side connection resets (a kept-alive socket closed as it was reused): counted apart, like Degraded. */
export function isConnectionReset(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE';
}

function expectCode(result: unknown, expected: string): void {
  const first = ((result as { content?: Array<{ text?: string }> }).content ?? [])[0]?.text ?? '{}';
  const error = (result as { isError?: boolean }).isError
    ? (JSON.parse(first) as { error?: string; message?: string })
    : { error: 'ok' };
  if (error.error === expected) {
    return;
  }
  const detail = `expected ${expected}, got ${error.error}: ${error.message ?? ''}`;
  if (error.error === 'timeout' || error.error === 'network_error') {
    throw new Degraded(detail);
  }
  throw new Error(detail);
}

const hostileCall =
  (id: string, expected: string): Action =>
  async ({ hostile }, target) => {
    const result = await hostile.callTool({ name: 'get_single_egnyte_link_by_id', arguments: { id } });
    expectCode(result, expected);
    if (JSON.stringify(result).includes(target.upstreamToken)) {
      throw new Error('the upstream token leaked into an answer');
    }
  };

const rawPost =
  (body: string, status: number): Action =>
  async (_client, target) => {
    const answer = await fetch(`${target.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body,
    });
    await answer.arrayBuffer();
    if (answer.status !== status) {
      throw new Error(`malformed body answered ${answer.status}, expected ${status}`);
    }
  };

/** A call abandoned after 50 ms while its upstream never answers: the server must cancel it. */
const abandoned: Action = async (_client, target) => {
  const aborter = new AbortController();
  const body = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'tools/call',
    params: { name: 'get_single_egnyte_link_by_id', arguments: { id: 'silent' } },
  });
  const pending = fetch(`${target.url}${target.hostilePath}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body,
    signal: aborter.signal,
  });
  setTimeout(() => aborter.abort(), 50);
  await pending.then((answer) => answer.arrayBuffer()).catch(() => undefined);
};

/** Weighted: mostly ordinary traffic, with every hostile kind present. */
export const ACTIONS: Array<[name: string, weight: number, action: Action]> = [
  [
    'list_users',
    30,
    async ({ sandbox }) =>
      expectCode(await sandbox.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 5 } }), 'ok'),
  ],
  [
    'list_groups',
    15,
    async ({ sandbox }) => expectCode(await sandbox.callTool({ name: 'list_all_egnyte_groups', arguments: {} }), 'ok'),
  ],
  [
    'invalid_arguments',
    15,
    async ({ sandbox }) =>
      expectCode(
        await sandbox.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: 'jsmith' } }),
        'invalid_arguments',
      ),
  ],
  ['list_tools', 5, async ({ sandbox }) => void (await sandbox.listTools())],
  ['gzip_bomb', 3, hostileCall('bomb', 'response_too_large')],
  ['unclosed_tags_page', 4, hostileCall('angle-page', 'upstream_error')],
  ['echoed_token', 5, hostileCall('echo-text', 'upstream_error')],
  ['deep_json', 4, hostileCall('deep', 'unexpected_response')],
  ['malformed_body', 8, rawPost('{"jsonrpc":"2.0","id":1,"method":', 400)],
  ['oversize_body', 1, rawPost(`"${'x'.repeat(5 * 1024 * 1024)}"`, 413)],
  ['abandoned_call', 5, abandoned],
];

export function pickAction(random: number): [string, Action] {
  const total = ACTIONS.reduce((sum, [, weight]) => sum + weight, 0);
  let point = random * total;
  for (const [name, weight, action] of ACTIONS) {
    point -= weight;
    if (point < 0) {
      return [name, action];
    }
  }
  const last = ACTIONS[ACTIONS.length - 1]!;
  return [last[0], last[2]];
}
