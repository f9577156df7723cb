/**
 * The commands the READMEs show, run as written (the server and tools are the built ones; only
 * placeholders are filled: `...` and `<token>` with the sandbox token, `<id>`s from the previous
 * command's output, store paths with a temporary folder, ports with 0), so they stay true.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binEntry, REPO, run } from '../external/helpers.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { startChild } from '../support/child.js';
import { CLI, serverReady } from '../support/server.js';
import { commandStarting, type ReadmeCommand, shellCommands } from './readme-shell.js';

const GENERATED = shellCommands(readFileSync(path.join(REPO, 'generated/egnyte-mcp-server/README.md'), 'utf8'));
const ROOT = shellCommands(readFileSync(path.join(REPO, 'README.md'), 'utf8'));
const INSPECTOR = binEntry('@modelcontextprotocol/inspector', 'mcp-inspector');
const SECRET = 'readme-commands-test-secret-0123456789';

let sandbox: Sandbox;
let dir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  dir = mkdtempSync(path.join(tmpdir(), 'readme-commands-'));
});
afterAll(async () => {
  await sandbox?.close();
  if (dir) {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The README's words with the placeholders filled, and the bin or npx of the package as the built CLI. */
function argv(command: ReadmeCommand, fill: Record<string, string> = {}): string[] {
  const words = command.words.map((word) => {
    let out = word
      .replace(/^(sqlite:)\/var\/lib\/[^/]+\//, `$1${dir}/`)
      .replace(/=\.\.\.$/, `=${sandbox.token}`)
      .replace('<token>', sandbox.token);
    for (const [from, to] of Object.entries(fill)) {
      out = out.split(from).join(to);
    }
    return out;
  });
  const port = words.indexOf('--port');
  if (port >= 0) {
    words[port + 1] = '0';
  }
  return words;
}

/** What the package's bin (or `npx -y <package>`) is here: the built CLI. */
function asBuiltCli(words: string[]): string[] {
  const at = words.findIndex(
    (word) => word === 'egnyte-mcp-server' || word === 'generated/egnyte-mcp-server/dist/cli.js',
  );
  const runner = words[at - 2] === 'npx' && words[at - 1] === '-y' ? 2 : words[at - 1] === 'node' ? 1 : 0;
  return [...words.slice(0, at - runner), process.execPath, CLI, ...words.slice(at + 1)];
}

function envOf(command: ReadmeCommand, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const own = Object.fromEntries(
    Object.entries(command.env).map(([name, value]) => [
      name,
      value === '...' || value === '<token>' ? sandbox.token : value,
    ]),
  );
  return { PATH: process.env.PATH, HOME: process.env.HOME, ...own, ...extra };
}

async function cli(command: ReadmeCommand, env: NodeJS.ProcessEnv, fill: Record<string, string> = {}) {
  const [node, script, ...args] = asBuiltCli(argv(command, fill));
  const result = await run(node!, [script!, ...args], { cwd: REPO, env });
  expect(result.code, `${command.text}\n${result.stderr}`).toBe(0);
  return result;
}

/**
 * Starts a serving command, waits until it is ready and stops it: what it printed at start-up. It
 * writes its whole summary before it answers /healthz, so the summary is all in.
 */
async function startUp(words: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = startChild(words[0]!, words.slice(1), { env, cwd: REPO });
  try {
    await serverReady(child);
  } finally {
    await child.stop();
  }
  return child.stderr();
}

describe('the generated README, run', () => {
  it('MCP Inspector: the command passes the settings, so tools list and calls reach the account', async () => {
    const command = commandStarting(GENERATED, 'npx @modelcontextprotocol/inspector --cli');
    // The sandbox stands in for the tenant: its base URL in place of the domain.
    const words = asBuiltCli(
      argv(command, { 'EGNYTE_DOMAIN=your-tenant': `EGNYTE_BASE_URL=${sandbox.baseUrl}` }),
    ).slice(2);
    const list = await run(process.execPath, [INSPECTOR, ...words.slice(words.indexOf('--cli'))], { cwd: REPO });
    expect(list.code, list.stderr).toBe(0);
    expect((JSON.parse(list.stdout) as { tools: unknown[] }).tools).toHaveLength(59);
    const callWords = words.slice(words.indexOf('--cli'), words.indexOf('--method'));
    const call = await run(
      process.execPath,
      [INSPECTOR, ...callWords, '--method', 'tools/call', '--tool-name', 'get_egnyte_current_user'],
      { cwd: REPO },
    );
    expect(call.code, call.stderr).toBe(0);
    expect(call.stdout).not.toContain('no upstream credentials');
    expect(JSON.parse(call.stdout)).toMatchObject({ structuredContent: { username: 'admin' } });
  }, 120_000);

  it('mint-url prints a sealed URL', async () => {
    const result = await cli(commandStarting(GENERATED, 'egnyte-mcp-server mint-url'), {
      PATH: process.env.PATH,
      MCP_SERVER_SECRET: SECRET,
      EGNYTE_BASE_URL: sandbox.baseUrl,
      EGNYTE_ACCESS_TOKEN: sandbox.token,
    });
    expect(JSON.parse(result.stdout)).toMatchObject({ url: expect.stringMatching(/^\/mcp\//) });
  });

  it('accounts and servers commands, in the order shown, on one store', async () => {
    const env = {
      PATH: process.env.PATH,
      MCP_SERVER_SECRET: SECRET,
      MCP_STORE_URL: `sqlite:${path.join(dir, 'verbs.db')}`,
    };
    const add = await cli(
      commandStarting(GENERATED, 'egnyte-mcp-server accounts add'),
      envOf(commandStarting(GENERATED, 'egnyte-mcp-server accounts add'), env),
    );
    const account = (JSON.parse(add.stdout) as { id: string }).id;
    await cli(commandStarting(GENERATED, 'egnyte-mcp-server accounts list'), env);
    const created = await cli(commandStarting(GENERATED, 'egnyte-mcp-server servers create'), env, { '<id>': account });
    const server = (JSON.parse(created.stdout) as { id: string }).id;
    await cli(commandStarting(GENERATED, 'egnyte-mcp-server servers list'), env, { '<id>': account });
    await cli(commandStarting(GENERATED, 'egnyte-mcp-server servers revoke'), env, {
      '<id>': account,
      '<server_id>': server,
    });
    await cli(commandStarting(GENERATED, 'egnyte-mcp-server accounts remove'), env, { '<id>': account });
  }, 60_000);

  it('hosting with a store starts with one clear line about the default account', async () => {
    const exports = GENERATED.filter((command) => command.text.startsWith('export MCP_ADMIN_TOKENS'));
    const serve = GENERATED.filter(
      (command) =>
        command.words.join(' ').startsWith('egnyte-mcp-server --transport http --store') &&
        !command.words.includes('--oauth'),
    );
    expect(exports).toHaveLength(1);
    const said = await startUp(asBuiltCli(argv(serve[0]!)), {
      PATH: process.env.PATH,
      ...exports[0]!.env,
      MCP_PUBLIC_URL: 'http://127.0.0.1',
      MCP_SERVER_SECRET: SECRET,
    });
    expect(said).toContain('no default account');
    expect(said).not.toMatch(/tool calls will fail|^error:/m);
  });

  it('--oauth with EGNYTE_BASE_URL (sign-ins to a sandbox) asks for no access token', async () => {
    const serve = commandStarting(
      GENERATED,
      'egnyte-mcp-server --transport http --store sqlite:/var/lib/egnyte-mcp-server/store.db --allowed-hosts mcp.example.com --oauth',
    );
    const said = await startUp(asBuiltCli(argv(serve)), {
      PATH: process.env.PATH,
      MCP_SERVER_SECRET: SECRET,
      MCP_PUBLIC_URL: 'http://127.0.0.1',
      EGNYTE_CLIENT_ID: sandbox.oauth.clientId,
      EGNYTE_CLIENT_SECRET: sandbox.oauth.clientSecret,
      EGNYTE_BASE_URL: sandbox.baseUrl,
    });
    expect(said).not.toMatch(/EGNYTE_ACCESS_TOKEN|tool calls will fail|^error:/m);
  });
});

describe('the repository README, run', () => {
  it('"Try the server against the sandbox" starts the built server on the sandbox', async () => {
    const serve = commandStarting(ROOT, 'node generated/egnyte-mcp-server/dist/cli.js --transport http');
    const said = await startUp(asBuiltCli(argv(serve)), {
      PATH: process.env.PATH,
      ...serve.env,
      EGNYTE_BASE_URL: sandbox.baseUrl,
      EGNYTE_ACCESS_TOKEN: sandbox.token,
    });
    expect(serve.env).toMatchObject({ EGNYTE_BASE_URL: 'http://127.0.0.1:4010', EGNYTE_ACCESS_TOKEN: '<token>' });
    expect(said).toContain('default account');
  });

  it('the set-up is two commands, then the main job one more each', () => {
    const setUp = ROOT.slice(0, 2).map((command) => command.text);
    expect(setUp).toEqual(['npm ci', 'npm test']);
    expect(ROOT.slice(2, 4).map((command) => command.text)).toEqual(['npm run demo', 'npm run generate']);
  });
});
