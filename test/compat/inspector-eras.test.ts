/**
 * The MCP Inspector CLI (2.12, itself on SDK v2) in both protocol eras it can negotiate
 * (`--protocol-era legacy|modern`), over stdio, `/mcp` and a sealed `/mcp/<token>`:
 * tools/list (every tool, no portability errors) and a tools/call that reaches the sandbox.
 * test/external/inspector.test.ts covers the default (legacy) runs in depth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  binEntry,
  describeRun,
  inspectorStdioTarget,
  REPO,
  run,
  TEST_TIMEOUT_MS,
  toolsJsonCount,
} from '../external/helpers.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { type HttpServerProcess, runCli, sandboxEnv, startHttpServer } from '../support/server.js';

const INSPECTOR = binEntry('@modelcontextprotocol/inspector', 'mcp-inspector');
const SECRET = 'inspector-eras-secret-0123456789abcdef';
const ROUTES = ['stdio', '/mcp', '/mcp/<token>'] as const;

let sandbox: Sandbox;
let http: HttpServerProcess;
let sealedUrl: string;
let sealedTools: number;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  const env = { ...sandboxEnv(sandbox), MCP_SERVER_SECRET: SECRET };
  http = await startHttpServer([], env);
  const minted = await runCli(['mint-url', '--methods', 'read', '--tags', 'users'], env);
  const parsed = JSON.parse(minted.stdout) as { url: string; tools: string[] };
  sealedUrl = new URL(parsed.url, http.mcpUrl).href;
  sealedTools = parsed.tools.length;
}, TEST_TIMEOUT_MS);

afterAll(async () => {
  await http?.close();
  await sandbox?.close();
});

function target(route: (typeof ROUTES)[number]): string[] {
  if (route === 'stdio') {
    return inspectorStdioTarget(sandbox);
  }
  return ['--transport', 'http', '--server-url', route === '/mcp' ? http.mcpUrl : sealedUrl];
}

describe.each(['legacy', 'modern'] as const)('MCP Inspector CLI, --protocol-era %s', (era) => {
  it.each(ROUTES)(
    '%s: tools/list --strict lists every tool with no portability error, and tools/call reaches the sandbox',
    async (route) => {
      const base = ['--cli', ...target(route), '--protocol-era', era, '--format', 'json'];
      const list = await run(process.execPath, [INSPECTOR, ...base, '--method', 'tools/list', '--strict'], {
        cwd: REPO,
      });
      expect(list.code, describeRun(`inspector ${era} ${route} tools/list`, list)).toBe(0);
      const envelope = JSON.parse(list.stdout) as {
        result: { tools: unknown[] };
        schemaFindings?: Array<{ findings: Array<{ severity: string }> }>;
      };
      expect(envelope.result.tools).toHaveLength(route === '/mcp/<token>' ? sealedTools : toolsJsonCount());
      expect(
        (envelope.schemaFindings ?? [])
          .flatMap((tool) => tool.findings)
          .filter((finding) => finding.severity === 'error'),
      ).toEqual([]);

      const call = await run(
        process.execPath,
        [INSPECTOR, ...base, '--method', 'tools/call', '--tool-name', 'get_egnyte_current_user'],
        { cwd: REPO },
      );
      expect(call.code, describeRun(`inspector ${era} ${route} tools/call`, call)).toBe(0);
      const result = (JSON.parse(call.stdout) as { result: { isError?: boolean; structuredContent?: unknown } }).result;
      expect(result.isError).not.toBe(true);
      expect(result.structuredContent).toMatchObject({ username: 'admin' });
    },
    TEST_TIMEOUT_MS,
  );
});
