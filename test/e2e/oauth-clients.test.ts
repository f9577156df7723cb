/**
 * Signing in from real clients against the BUILT server (`--oauth`) and the sandbox's Egnyte OAuth:
 * the SDK v2 Client's own OAuth flow (its OAuthClientProvider) and mcp-remote (its browser step
 * driven from the URL it prints), each by dynamic client registration and by a client ID metadata
 * document (served over https on loopback: the server runs in loopback development mode and trusts
 * the test's certificate), sign in and run the offboarding and group-audit workflows; the MCP
 * Inspector CLI reaches the tools with the access token. The browser steps are those of
 * test/oauth/browser.ts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer as createHttpsServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Client,
  type OAuthClientProvider,
  StreamableHTTPClientTransport,
  UnauthorizedError,
} from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../control/hosted.js';
import { createTestStore, type TestStore } from '../control/stores.js';
import { auditGroup, offboard } from '../demo/workflows.js';
import { binEntry, describeRun, REPO, run } from '../external/helpers.js';
import { type SignIn, signInWithEgnyte } from '../oauth/browser.js';
import { freePort, oauthEnv } from '../oauth/hosted-oauth.js';
import { type Sandbox, SEED_FACTS, startSandbox } from '../sandbox/index.js';
import { assertBuilt, CLI, childEnv } from '../support/server.js';
import { loopbackCertificate } from '../support/tls.js';

const SECRET = 'oauth-e2e-secret-0123456789abcdef';
const MCP_REMOTE = fileURLToPath(new URL('../../node_modules/mcp-remote/dist/proxy.js', import.meta.url));
const INSPECTOR = binEntry('@modelcontextprotocol/inspector', 'mcp-inspector');
const REDIRECT = 'http://127.0.0.1:1/sdk-callback';
const log = () => undefined;

let sandbox: Sandbox;
let store: TestStore;
let base: string;
let stopServer: () => void;
let metadataHost: Server;
let metadataBase: string;
let sdkAccessToken = '';
const MCP_REMOTE_CALLBACK = 'http://localhost:3334/oauth/callback';

async function startBuilt(env: Record<string, string>, port: number): Promise<() => void> {
  assertBuilt();
  const child = spawn(
    process.execPath,
    [
      CLI,
      '--transport',
      'http',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--store',
      store.url,
      '--oauth',
      '--oauth-methods',
      'read,write',
    ],
    { env: childEnv(env), stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let seen = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('listening on')) {
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${seen}`)));
  });
  return () => child.kill('SIGTERM');
}

beforeAll(async () => {
  sandbox = await startSandbox({ oauth: {} });
  store = await createTestStore('sqlite');
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Client ID metadata documents, each naming itself; the SDK client's and mcp-remote's.
  const tls = loopbackCertificate();
  metadataHost = createHttpsServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const redirect = req.url === '/mcp-remote.json' ? MCP_REMOTE_CALLBACK : REDIRECT;
    const name = req.url === '/mcp-remote.json' ? 'mcp-remote (metadata document)' : 'SDK client (metadata document)';
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        client_id: `${metadataBase}${req.url}`,
        client_name: name,
        redirect_uris: [redirect],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        token_endpoint_auth_method: 'none',
      }),
    );
  });
  await new Promise<void>((resolve) => metadataHost.listen(0, '127.0.0.1', resolve));
  metadataBase = `https://127.0.0.1:${(metadataHost.address() as { port: number }).port}`;
  // EGNYTE_BASE_URL points every sign-in at the sandbox; it needs a token too, though --oauth never serves that default account.
  stopServer = await startBuilt(
    {
      ...oauthEnv(sandbox, base),
      EGNYTE_ACCESS_TOKEN: sandbox.token,
      MCP_SERVER_SECRET: SECRET,
      NODE_EXTRA_CA_CERTS: tls.certFile,
    },
    port,
  );
}, 60_000);

afterAll(async () => {
  stopServer?.();
  await new Promise<void>((resolve) => (metadataHost ? metadataHost.close(() => resolve()) : resolve()));
  await store?.drop();
  await sandbox?.close();
});

/** The SDK's client-side OAuth, with the browser step done by signInWithEgnyte. */
class SignInProvider implements OAuthClientProvider {
  // biome-ignore lint/suspicious/noExplicitAny: test convenience: answers are asserted field by field
  info: any;
  // biome-ignore lint/suspicious/noExplicitAny: test convenience: answers are asserted field by field
  saved: any;
  verifier = '';
  signIn?: SignIn;
  readonly redirectUrl = REDIRECT;
  /** With a metadata document URL the SDK uses it as client_id instead of registering. */
  constructor(readonly clientMetadataUrl?: string) {}
  get clientMetadata() {
    return {
      client_name: 'SDK client',
      redirect_uris: [REDIRECT],
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      token_endpoint_auth_method: 'none',
    };
  }
  clientInformation() {
    return this.info;
  }
  saveClientInformation(info: unknown) {
    this.info = info;
  }
  tokens() {
    return this.saved;
  }
  saveTokens(tokens: unknown) {
    this.saved = tokens;
  }
  async redirectToAuthorization(url: URL) {
    this.signIn = await signInWithEgnyte(url);
  }
  saveCodeVerifier(verifier: string) {
    this.verifier = verifier;
  }
  codeVerifier() {
    return this.verifier;
  }
}

describe('signing in from real clients (built server, --oauth)', () => {
  it('SDK v2 Client: its OAuthClientProvider flow (dynamic registration), then both workflows', async () => {
    const provider = new SignInProvider();
    const first = new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { authProvider: provider });
    await expect(new Client({ name: 'sdk-oauth', version: '1.0.0' }).connect(first)).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(provider.signIn?.consent).toContain('SDK client');
    // The callback's parameters as the browser brought them: code, state and iss (RFC 9207, which the SDK checks).
    await first.finishAuth(provider.signIn?.redirect.searchParams ?? new URLSearchParams());
    const client = new Client({ name: 'sdk-oauth', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { authProvider: provider }));
    const audit = await auditGroup(client, SEED_FACTS.externalAgency.displayName, log);
    expect(audit.flagged.map((user) => user.userName)).toEqual([SEED_FACTS.externalAgency.adminMemberUserName]);
    const offboarded = await offboard(client, SEED_FACTS.jsmith.email, log);
    expect(offboarded.user).toMatchObject({ userName: 'jsmith', active: false });
    expect(sandbox.state.userByName('jsmith')?.active).toBe(false);
    sdkAccessToken = provider.saved.access_token;
    expect(sdkAccessToken).toMatch(/^mcp_at_/);
    await client.close();
  }, 60_000);

  it('SDK v2 Client with a client ID metadata document (no registration): consent names it, then the audit workflow', async () => {
    const provider = new SignInProvider(`${metadataBase}/sdk-client.json`);
    const first = new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { authProvider: provider });
    await expect(new Client({ name: 'sdk-cimd', version: '1.0.0' }).connect(first)).rejects.toBeInstanceOf(
      UnauthorizedError,
    );
    expect(provider.signIn?.consent).toContain('SDK client (metadata document)');
    expect(provider.signIn?.consent).toContain(`${metadataBase}/sdk-client.json`);
    await first.finishAuth(provider.signIn?.redirect.searchParams ?? new URLSearchParams());
    const client = new Client({ name: 'sdk-cimd', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`), { authProvider: provider }));
    const audit = await auditGroup(client, SEED_FACTS.externalAgency.displayName, log);
    expect(audit.flagged.map((user) => user.userName)).toEqual([SEED_FACTS.externalAgency.adminMemberUserName]);
    await client.close();
  }, 60_000);

  it('MCP Inspector CLI reaches the tools with the access token', async () => {
    expect(sdkAccessToken).not.toBe('');
    const args = [INSPECTOR, '--cli', '--transport', 'http', '--server-url', `${base}/mcp`, '--format', 'json'];
    const list = await run(
      process.execPath,
      [...args, '--header', `Authorization: Bearer ${sdkAccessToken}`, '--method', 'tools/list'],
      { cwd: REPO },
    );
    expect(list.code, describeRun('inspector tools/list', list)).toBe(0);
    const tools = (JSON.parse(list.stdout) as { result: { tools: Array<{ name: string }> } }).result.tools;
    expect(tools.map((tool) => tool.name)).toContain('update_an_egnyte_user_by_id');
    const call = await run(
      process.execPath,
      [
        ...args,
        '--header',
        `Authorization: Bearer ${sdkAccessToken}`,
        '--method',
        'tools/call',
        '--tool-name',
        'get_egnyte_current_user',
      ],
      { cwd: REPO },
    );
    expect(call.code, describeRun('inspector tools/call', call)).toBe(0);
    expect(
      (JSON.parse(call.stdout) as { result: { structuredContent: unknown } }).result.structuredContent,
    ).toMatchObject({ username: 'admin' });
    const refused = await run(process.execPath, [...args, '--method', 'tools/list'], { cwd: REPO });
    expect(refused.code).not.toBe(0);
  }, 120_000);

  /** mcp-remote as a stdio proxy; its browser step is driven from the URL it prints; returns the connected client. */
  async function viaMcpRemote(extraArgs: string[], use: (client: Client) => Promise<void>): Promise<void> {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [MCP_REMOTE, `${base}/mcp`, '--transport', 'http-only', ...extraArgs],
      env: childEnv({ MCP_REMOTE_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'mcp-remote-')) }),
      stderr: 'pipe',
    });
    let seen = '';
    let signedIn: Promise<void> | undefined;
    transport.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const url = /Please authorize this client by visiting:\s+(\S+)/.exec(seen)?.[1];
      if (url && !signedIn) {
        signedIn = signInWithEgnyte(url).then(async (signIn) => {
          const answer = await fetch(signIn.redirect);
          expect(answer.status).toBe(200);
        });
      }
    });
    const client = new Client({ name: 'via-mcp-remote', version: '1.0.0' });
    try {
      await client.connect(transport);
      await signedIn;
      await use(client);
    } catch (error) {
      throw new Error(`${(error as Error).message}\nmcp-remote stderr:\n${seen.slice(-3000)}`);
    } finally {
      await client.close();
    }
  }

  it('mcp-remote: dynamic client registration, sign-in from the URL it prints, then both workflows', async () => {
    await viaMcpRemote([], async (client) => {
      const audit = await auditGroup(client, SEED_FACTS.externalAgency.displayName, log);
      expect(audit.flagged.map((user) => user.userName)).toEqual([SEED_FACTS.externalAgency.adminMemberUserName]);
      const offboarded = await offboard(client, SEED_FACTS.jsmith.email, log);
      expect(offboarded.user).toMatchObject({ userName: 'jsmith', active: false });
    });
  }, 120_000);

  it('mcp-remote with --client-metadata-url: a client ID metadata document instead of registration, then the audit workflow', async () => {
    await viaMcpRemote(['--client-metadata-url', `${metadataBase}/mcp-remote.json`], async (client) => {
      const audit = await auditGroup(client, SEED_FACTS.externalAgency.displayName, log);
      expect(audit.flagged.map((user) => user.userName)).toEqual([SEED_FACTS.externalAgency.adminMemberUserName]);
    });
    const accounts = await fetch(`${base}/integrated-account`, { headers: { authorization: `Bearer ${ADMIN}` } });
    const names = ((await accounts.json()) as { result: Array<{ name: string }> }).result.map(
      (account) => account.name,
    );
    expect(names.some((name) => name.includes('mcp-remote (metadata document)'))).toBe(true);
  }, 120_000);
});
