/**
 * The compatibility matrix: every client x every route of the BUILT server, against the sandbox.
 * HTTP routes go through a recording relay, so each row proves which era went over the wire
 * (`server/discover` and the 2026-07-28 header, or the `initialize` handshake), not just what the
 * client reports. README.md's compatibility table is this file's EXPECTED table.
 */
import type { ToolOutputs } from 'egnyte-mcp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import tools from '../../generated/egnyte-mcp-server/tools.json' with { type: 'json' };
import { ok, rawPost } from '../e2e/helpers.js';
import { type Sandbox, SEED_FACTS, startSandbox } from '../sandbox/index.js';
import { type HttpServerProcess, runCli, sandboxEnv, startHttpServer, startStdioServer } from '../support/server.js';
import { type ClientKind, connect, type Route, type Target } from './clients.js';
import { type Exchange, type Relay, startRelay } from './relay.js';

const SECRET = 'compat-server-secret-0123456789abcdef';
const MODERN = '2026-07-28';
const LEGACY = '2025-11-25';
type Outcome = 'modern' | 'legacy' | 'refused';

/** client -> route -> the era it must reach (or `refused`); a missing route is not a combination that exists. */
const EXPECTED: Record<ClientKind, Partial<Record<Route, Outcome>>> = {
  'sdk-v1': { stdio: 'legacy', '/mcp': 'legacy', '/mcp/<token>': 'legacy', '/sse': 'legacy' },
  'sdk-v2-default': { stdio: 'legacy', '/mcp': 'legacy', '/mcp/<token>': 'legacy', '/sse': 'legacy' },
  'sdk-v2-auto': { stdio: 'modern', '/mcp': 'modern', '/mcp/<token>': 'modern', '/sse': 'legacy' },
  'sdk-v2-pinned': { stdio: 'modern', '/mcp': 'modern', '/mcp/<token>': 'modern', '/sse': 'refused' },
  'mcp-remote': { '/mcp': 'legacy', '/mcp/<token>': 'legacy', '/sse': 'legacy' },
  'mcp-remote-auto': { '/mcp': 'modern', '/mcp/<token>': 'modern', '/sse': 'legacy' },
};
const ROWS = Object.entries(EXPECTED).flatMap(([client, routes]) =>
  Object.entries(routes).map(([route, outcome]) => ({
    client: client as ClientKind,
    route: route as Route,
    outcome: outcome as Outcome,
  })),
);

const ALL_TOOLS = tools.tools.map((tool) => tool.name);
let sandbox: Sandbox;
let server: HttpServerProcess;
let relay: Relay;
let target: Target;
let mintedTools: string[];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  const env = { ...sandboxEnv(sandbox), MCP_SERVER_SECRET: SECRET };
  const minted = await runCli(
    [
      'mint-url',
      '--methods',
      'read',
      '--tags',
      'users',
      '--expires-at',
      new Date(Date.now() + 3_600_000).toISOString(),
    ],
    env,
  );
  if (minted.code !== 0) {
    throw new Error(`mint-url: ${minted.stderr}`);
  }
  const { url, tools: selected } = JSON.parse(minted.stdout) as { url: string; tools: string[] };
  mintedTools = ALL_TOOLS.filter((name) => selected.includes(name));
  server = await startHttpServer([], env);
  relay = await startRelay(server.url);
  target = { baseUrl: relay.url, sealedPath: url, stdioEnv: sandboxEnv(sandbox) };
});

afterAll(async () => {
  await relay?.close();
  await server?.close();
  await sandbox?.close();
});

/** What the relay saw for a row's HTTP exchanges: modern traffic probes with server/discover and never initializes. */
function wireEra(exchanges: Exchange[]): Outcome {
  const methods = exchanges.flatMap((exchange) => exchange.rpcMethods);
  if (methods.includes('initialize')) {
    const init = exchanges.find((exchange) => exchange.rpcMethods.includes('initialize'));
    expect(init?.initializeVersion).toBe(LEGACY);
    return 'legacy';
  }
  expect(methods).toContain('server/discover');
  const listed = exchanges.filter((exchange) => exchange.rpcMethods.includes('tools/list'));
  expect(listed.length).toBeGreaterThan(0);
  for (const exchange of listed) {
    expect(exchange.protocolVersionHeader).toBe(MODERN);
  }
  return 'modern';
}

describe.each(ROWS)('$client over $route', ({ client: kind, route, outcome }) => {
  it(
    outcome === 'refused'
      ? 'cannot connect (no such era on this transport)'
      : `reaches the ${outcome} era, lists and calls tools`,
    async () => {
      const seenBefore = relay.exchanges.length;
      if (outcome === 'refused') {
        await expect(connect(kind, route, target)).rejects.toThrow();
        return;
      }
      const client = await connect(kind, route, target);
      try {
        // The v2 Client reports its era; mcp-remote's local hop is always the initialize handshake.
        if (kind.startsWith('sdk-v2')) {
          expect(client.era).toBe(outcome);
          expect(client.protocolVersion).toBe(outcome === 'modern' ? MODERN : LEGACY);
        }
        const listed = await client.listTools();
        expect(listed.tools.map((tool) => tool.name)).toEqual(route === '/mcp/<token>' ? mintedTools : ALL_TOOLS);
        if (kind.startsWith('sdk-v2') && outcome === 'modern') {
          // 2026-07-28 list caching: per-account list, so private; bounded TTL.
          expect(listed.cacheScope).toBe('private');
          expect(listed.ttlMs).toBe(300_000);
        }
        const found = ok<ToolOutputs['list_all_egnyte_users']>(
          await client.callTool({
            name: 'list_all_egnyte_users',
            arguments: { filter: `email eq "${SEED_FACTS.jsmith.email}"` },
          }),
        );
        expect(found.data.map((user) => user.userName)).toEqual([SEED_FACTS.jsmith.userName]);
        if (kind === 'mcp-remote-auto' && outcome === 'modern') {
          expect(client.stderr()).toContain('Remote server speaks MCP 2026-07-28');
        }
      } finally {
        await client.close();
      }
      if (route !== 'stdio') {
        expect(wireEra(relay.exchanges.slice(seenBefore))).toBe(outcome);
      }
    },
  );
});

describe('initialize-era protocol versions are each answered in kind', () => {
  const VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26'];
  const initialize = (version: string) => ({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: version, capabilities: {}, clientInfo: { name: 'compat-raw', version: '1.0.0' } },
  });

  it.each(
    VERSIONS.flatMap((version) => [
      ['/mcp', version],
      ['/mcp/<token>', version],
    ]),
  )('%s, %s', async (route, version) => {
    const path = route === '/mcp' ? '/mcp' : target.sealedPath;
    const { response, text } = await rawPost(`${server.url}${path}`, initialize(version!));
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({
      result: { protocolVersion: version, serverInfo: { name: 'egnyte-mcp-server' } },
    });
  });

  it.each(VERSIONS)('stdio, %s', async (version) => {
    const server = startStdioServer([], sandboxEnv(sandbox));
    try {
      server.child.stdin?.write(`${JSON.stringify(initialize(version))}\n`);
      const [, line = ''] = await server.waitFor(/^(.*)\n/, 'stdout');
      expect(JSON.parse(line)).toMatchObject({ id: 1, result: { protocolVersion: version } });
    } finally {
      await server.stop();
    }
  });
});
