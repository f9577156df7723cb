/**
 * What the BUILT server loads: over stdio it answers tools/list without loading the HTTP stack
 * (Hono, the SDK's Node adapter, legacy SSE, raw-body, node:http, the runtime's HTTP modules); the
 * same list over HTTP does contain them, so the check below sees what it looks for, and holds no
 * stdio transport, mint-url or usage (loaded only when used). The list comes
 * from a module-loader hook (loaded-modules.mjs) that records every ES module the process loads.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { assertBuilt, startHttpServer, startStdioServer } from '../support/server.js';

const HOOK = fileURLToPath(new URL('./loaded-modules.mjs', import.meta.url));
const temp = mkdtempSync(path.join(tmpdir(), 'loaded-modules-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const HTTP_STACK = [
  /\/node_modules\/@hono\//,
  /\/node_modules\/hono\//,
  /\/node_modules\/@modelcontextprotocol\/node\//,
  /\/node_modules\/@modelcontextprotocol\/server-legacy\//,
  /\/node_modules\/raw-body\//,
  /\/node_modules\/express\//,
  /^node:http$/,
  // The runtime's HTTP transport and embedding; guards.js is only the header and token parsing the CLI checks at start.
  /runtime\/dist\/(transport\/http\/(?!guards\.js)|embed\/)/,
];
const CALL_PATH = /runtime\/dist\/(calls\/call-tool|upstream\/client|upstream\/exchange-node|mcp\/discovery-call)\.js$/;
const httpModules = (loaded: string[]) => loaded.filter((url) => HTTP_STACK.some((pattern) => pattern.test(url)));

const upstream = { EGNYTE_BASE_URL: 'http://127.0.0.1:9', EGNYTE_ACCESS_TOKEN: 'loaded-modules-test' };
const frames = [
  {
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 't', version: '1' } },
  },
  { jsonrpc: '2.0', method: 'notifications/initialized' },
  { jsonrpc: '2.0', id: 2, method: 'tools/list' },
];

/** Runs the server over stdio until it has answered tools/list; returns the answer and the modules it loaded. */
async function stdioRun(file: string): Promise<{ tools: number; loaded: string[] }> {
  const server = startStdioServer([], { ...upstream, LOADED_MODULES_FILE: file }, { imports: [HOOK] });
  server.child.stdin?.write(frames.map((frame) => `${JSON.stringify(frame)}\n`).join(''));
  const [, line = ''] = await server.waitFor(/^(.*"id":2.*)\n/m, 'stdout');
  const tools = (JSON.parse(line) as { result: { tools: unknown[] } }).result.tools.length;
  await server.stop({ endInput: true });
  return { tools, loaded: readFileSync(file, 'utf8').trim().split('\n') };
}

async function httpRun(file: string): Promise<string[]> {
  const server = await startHttpServer([], { ...upstream, LOADED_MODULES_FILE: file }, { imports: [HOOK] });
  await server.close();
  return readFileSync(file, 'utf8').trim().split('\n');
}

describe('modules the built server loads', () => {
  it('over stdio: answers tools/list without loading any HTTP module', async () => {
    assertBuilt();
    const { tools, loaded } = await stdioRun(path.join(temp, 'stdio.txt'));
    expect(tools).toBeGreaterThan(0);
    expect(loaded.some((url) => url.endsWith('runtime/dist/cli/main.js'))).toBe(true);
    expect(httpModules(loaded)).toEqual([]);
    // Discovery mode's search index loads on the first search_tools call.
    expect(loaded.filter((url) => url.includes('/node_modules/minisearch/'))).toEqual([]);
    // The settings loader and the hosting contract name the hosting package; they must not load it
    // (nor prom-client, which only --metrics needs) for a stdio start.
    expect(loaded.filter((url) => /\/(templates\/hosting|saas-mcp-hosting|prom-client)\//.test(url))).toEqual([]);
    // The call path (and node:http, for vendor calls) loads on the first tools/call.
    expect(loaded.filter((url) => CALL_PATH.test(url))).toEqual([]);
  }, 30_000);

  it('over HTTP: the same check finds the HTTP stack', async () => {
    const loaded = await httpRun(path.join(temp, 'http.txt'));
    expect(httpModules(loaded)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/@modelcontextprotocol\/node\//),
        'node:http',
        expect.stringMatching(/dist\/transport\/http\/server\.js$/),
      ]),
    );
    expect(loaded.filter((url) => CALL_PATH.test(url))).toEqual([]);
    // And the other way round: an HTTP start loads neither stdio serving nor mint-url or usage.
    expect(
      loaded.filter((url) =>
        /runtime\/dist\/(transport\/stdio\/|cli\/(serve-stdio|mint-url|usage)\.js)|server\/dist\/stdio\.mjs$/.test(url),
      ),
    ).toEqual([]);
  }, 30_000);
});
