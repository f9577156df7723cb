/**
 * The settings loader as a pure function: argv and environment in, typed settings or the specific
 * problems out. Nothing is started and nothing reads process.env.
 */
import { describe, expect, it } from 'vitest';
import { loadHostingSettings } from '../../templates/hosting/src/plane/settings.js';
import { parseArgs } from '../../templates/runtime/src/cli/args.js';
import { hostingNeed, loadSettings, type SettingsInput } from '../../templates/runtime/src/cli/settings.js';
import { fixture } from './fixture.js';

const NOW = new Date('2030-01-01T00:00:00Z');
const SECRET = 'settings-test-secret-0123456789abcdef';
const ACCOUNT = { ACME_DOMAIN: 'tenant', ACME_ACCESS_TOKEN: 'upstream-token' };
const HOSTING = { ok: true as const, value: { loadSettings: loadHostingSettings } };

function load(argv: string[], env: Record<string, string> = {}, more: Partial<SettingsInput> = {}) {
  return loadSettings({ argv, env, data: fixture, now: NOW, ...more });
}

function problemsOf(argv: string[], env: Record<string, string> = {}, more: Partial<SettingsInput> = {}): string[] {
  const loaded = load(argv, env, more);
  return loaded.ok ? [] : loaded.problems;
}

describe('settings loader: what a good environment gives', () => {
  it('stdio with an account: typed credentials, defaults for every operating setting', () => {
    const loaded = load([], ACCOUNT);
    expect(loaded).toMatchObject({ ok: true, warnings: [] });
    if (!loaded.ok || loaded.settings.kind !== 'serve') {
      throw new Error('expected serve settings');
    }
    expect(loaded.settings).toMatchObject({
      command: { transport: 'stdio', host: '127.0.0.1', port: 3000 },
      secrets: [],
      apiTokens: [],
      adminTokens: [],
      allowedOrigins: [],
      credentials: { ok: true, value: { baseUrl: 'https://tenant.acme.test', accessToken: 'upstream-token' } },
      ops: { storeTimeoutMs: 5000, shutdownTimeoutMs: 25_000 },
    });
    expect(loaded.settings.storeUrl).toBeUndefined();
    expect(loaded.settings.upstreamTimeoutMs).toBeUndefined();
  });

  it('http: lists split and trimmed, origins normalised, numbers typed', () => {
    const loaded = load(['--transport', 'http', '--require-api-token'], {
      ...ACCOUNT,
      MCP_SERVER_SECRET: ` ${SECRET} , ${SECRET}-old `,
      MCP_API_TOKENS: 'one, two',
      MCP_ADMIN_TOKENS: 'admin',
      MCP_ALLOWED_ORIGINS: 'https://app.example.com/',
      MCP_UPSTREAM_TIMEOUT_MS: '1500',
      MCP_SHUTDOWN_TIMEOUT_MS: '0',
      MCP_MAX_CONNECTIONS_PER_ADDRESS: '8',
      MCP_AUDIT_LOG: '/tmp/audit.log',
    });
    expect(loaded.ok && loaded.settings).toMatchObject({
      kind: 'serve',
      secrets: [SECRET, `${SECRET}-old`],
      apiTokens: ['one', 'two'],
      adminTokens: ['admin'],
      allowedOrigins: ['https://app.example.com'],
      upstreamTimeoutMs: 1500,
      auditLog: '/tmp/audit.log',
      ops: { shutdownTimeoutMs: 0, maxConnectionsPerAddress: 8 },
    });
  });

  it('the full base URL variable wins over the tenant variable', () => {
    const loaded = load([], { ...ACCOUNT, ACME_BASE_URL: 'http://127.0.0.1:4010/' });
    expect(loaded.ok && loaded.settings.kind === 'serve' && loaded.settings.credentials).toMatchObject({
      ok: true,
      value: { baseUrl: 'http://127.0.0.1:4010' },
    });
  });

  it('no account on stdio is a warning, not a problem', () => {
    const loaded = load([]);
    expect(loaded.ok).toBe(true);
    expect(loaded.warnings).toEqual([
      'no upstream credentials (set ACME_DOMAIN (Acme tenant name) or ACME_BASE_URL); tool calls will fail until they are set',
    ]);
  });

  it('--store (flag or MCP_STORE_URL) with the hosting part: its settings ride along', () => {
    const env = {
      MCP_STORE_URL: 'sqlite:./x.db',
      MCP_SERVER_SECRET: SECRET,
      MCP_ADMIN_TOKENS: 'admin',
      MCP_PUBLIC_URL: 'https://mcp.example.com/',
    };
    const loaded = load(['--transport', 'http'], env, { hosting: HOSTING });
    expect(loaded).toMatchObject({ ok: true, warnings: [] });
    expect(loaded.ok && loaded.settings).toMatchObject({
      storeUrl: 'sqlite:./x.db',
      hosting: { publicUrl: 'https://mcp.example.com', adminTokens: ['admin'], oauth: { ok: false } },
    });
    const flag = load(['--transport', 'http', '--store', 'sqlite:./y.db'], env, { hosting: HOSTING });
    expect(flag.ok && flag.settings).toMatchObject({ storeUrl: 'sqlite:./y.db' });
  });

  it('mint-url: the secret and the credentials it seals', () => {
    const loaded = load(['mint-url', '--methods', 'read'], { ...ACCOUNT, MCP_SERVER_SECRET: SECRET });
    expect(loaded.ok && loaded.settings).toMatchObject({
      kind: 'mint-url',
      secrets: [SECRET],
      credentials: { baseUrl: 'https://tenant.acme.test', accessToken: 'upstream-token' },
    });
  });

  it('a verb: the store, the secret and the upstream token for accounts add', () => {
    const loaded = load(
      ['accounts', 'add', '--name', 'Acme', '--domain', 'tenant'],
      { ...ACCOUNT, MCP_STORE_URL: 'sqlite:./x.db', MCP_SERVER_SECRET: SECRET },
      { hosting: HOSTING },
    );
    expect(loaded.ok && loaded.settings).toMatchObject({
      kind: 'control',
      storeUrl: 'sqlite:./x.db',
      hosting: { accountToken: 'upstream-token' },
    });
  });
});

describe('settings loader: bad values get specific problems', () => {
  const cases: [string, string[], Record<string, string>, string][] = [
    ['short secret', [], { MCP_SERVER_SECRET: 'short' }, 'every secret in MCP_SERVER_SECRET must be at least'],
    [
      'bad origin',
      [],
      { MCP_ALLOWED_ORIGINS: 'https://app.example.com/path' },
      'MCP_ALLOWED_ORIGINS: "https://app.example.com/path" is not an origin',
    ],
    [
      'bad upstream timeout',
      [],
      { MCP_UPSTREAM_TIMEOUT_MS: '0' },
      'MCP_UPSTREAM_TIMEOUT_MS must be a positive whole number',
    ],
    [
      'bad store timeout',
      [],
      { MCP_STORE_TIMEOUT_MS: 'soon' },
      'MCP_STORE_TIMEOUT_MS must be a whole number from 1 to 9999999 (got "soon")',
    ],
    [
      'bad shutdown timeout',
      [],
      { MCP_SHUTDOWN_TIMEOUT_MS: '-1' },
      'MCP_SHUTDOWN_TIMEOUT_MS must be a whole number from 0 to 9999999 (got "-1")',
    ],
    ['tenant not a host label', [], { ACME_DOMAIN: 'a/b', ACME_ACCESS_TOKEN: 't' }, 'ACME_DOMAIN is not valid'],
    ['base URL with a query', [], { ACME_BASE_URL: 'https://x.test/?a=1' }, 'ACME_BASE_URL must not carry'],
    [
      'API tokens required but none',
      ['--transport', 'http', '--require-api-token'],
      ACCOUNT,
      '--require-api-token needs MCP_API_TOKENS',
    ],
    ['API tokens on stdio', ['--require-api-token'], ACCOUNT, '--require-api-token applies to --transport http only'],
    ['store on stdio', ['--store', 'sqlite:x.db'], ACCOUNT, '--store (MCP_STORE_URL) applies to --transport http'],
    ['metrics on stdio', ['--metrics'], ACCOUNT, '--metrics applies to --transport http'],
    ['a filter that names nothing', ['--tags', 'nope'], ACCOUNT, 'nope'],
    ['mint-url without a secret', ['mint-url'], ACCOUNT, 'mint-url needs MCP_SERVER_SECRET'],
    [
      'mint-url without an account',
      ['mint-url'],
      { MCP_SERVER_SECRET: SECRET },
      'mint-url seals the upstream credentials',
    ],
    ['a bad flag', ['--port', 'x'], ACCOUNT, '--port must be a number from 0 to 65535 (got "x")'],
  ];
  it.each(cases)('%s', (_name, argv, env, problem) => {
    expect(problemsOf(argv, env).join('\n')).toContain(problem);
  });

  it('every problem at once, in a stable order', () => {
    const problems = problemsOf(['--transport', 'http'], {
      MCP_SERVER_SECRET: 'short',
      MCP_UPSTREAM_TIMEOUT_MS: 'x',
      MCP_MAX_CONNECTIONS_PER_ADDRESS: '0',
    });
    expect(problems).toEqual([
      'every secret in MCP_SERVER_SECRET must be at least 16 characters long',
      'MCP_UPSTREAM_TIMEOUT_MS must be a positive whole number',
      'MCP_MAX_CONNECTIONS_PER_ADDRESS must be a whole number from 1 to 9999999 (got "0")',
    ]);
  });

  it('the hosting part: store URL, missing secret, a bad MCP_PUBLIC_URL', () => {
    const problems = problemsOf(
      ['--transport', 'http', '--store', 'mysql://db'],
      { MCP_PUBLIC_URL: 'mcp.example.com' },
      { hosting: HOSTING },
    );
    expect(problems).toContain('the store URL must be sqlite:PATH or postgres://user@host/database');
    expect(problems).toContain('--store needs MCP_SERVER_SECRET: it encrypts the stored account credentials');
    expect(problems).toContain(
      'MCP_PUBLIC_URL must be the http(s) URL clients reach this server at, without a query or fragment, such as https://mcp.example.com (got "mcp.example.com")',
    );
  });

  it('a hosting package that could not be loaded is one of the problems', () => {
    const missing = { ok: false as const, message: '--oauth needs the hosting package: npm install saas-mcp-hosting' };
    expect(problemsOf(['--transport', 'http', '--oauth'], {}, { hosting: missing })).toEqual([missing.message]);
  });

  it('a verb without a store says where to give one', () => {
    expect(problemsOf(['accounts', 'list'], { MCP_SERVER_SECRET: SECRET }, { hosting: HOSTING })).toEqual([
      'set --store or MCP_STORE_URL (sqlite:PATH or postgres://...)',
    ]);
  });
});

describe('what needs the hosting package', () => {
  const need = (argv: string[], env: Record<string, string> = {}) => {
    const parsed = parseArgs(argv, NOW);
    if (!parsed.ok) {
      throw new Error(parsed.message);
    }
    return hostingNeed(parsed.value, env);
  };
  it.each([
    [[], {}, undefined],
    [['--transport', 'http'], {}, undefined],
    [['--store', 'sqlite:x'], {}, undefined],
    [['--transport', 'http', '--store', 'sqlite:x'], {}, '--store'],
    [['--transport', 'http'], { MCP_STORE_URL: 'sqlite:x' }, '--store'],
    [['--transport', 'http', '--oauth'], {}, '--oauth'],
    [['servers', 'list', '--account', 'a'], {}, 'servers list'],
  ] as [string[], Record<string, string>, string | undefined][])('%j %j → %s', (argv, env, expected) => {
    expect(need(argv, env)).toBe(expected);
  });
});
