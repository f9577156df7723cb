/**
 * An in-process server with `--oauth` on (so the clock can be injected), on a store, against the
 * sandbox; plus the client side of the protocol a test needs: PKCE pairs, registration, the
 * authorization URL and the token endpoint.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { OAuthSettings } from '../../templates/hosting/src/oauth/settings.js';
import { openOAuth } from '../../templates/hosting/src/oauth/startup.js';
import { type ControlPlane, openControlPlane } from '../../templates/hosting/src/plane/control-plane.js';
import { frontDoorHandle } from '../../templates/hosting/src/plane/front-door-routes.js';
import { createToolRuntime } from '../../templates/runtime/src/calls/runtime.js';
import {
  type HttpOptions,
  type RunningHttpServer,
  startHttpServer,
} from '../../templates/runtime/src/transport/http/server.js';
import { ADMIN, EGNYTE, hostingSettings, SECRET, TestClock } from '../control/hosted.js';
import type { Sandbox } from '../sandbox/index.js';
import { signInWithEgnyte } from './browser.js';

/** An HTTP answer with its JSON body, for tests that assert on fields. */
export interface JsonAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test convenience: answers are asserted field by field
  body: any;
}

export interface OAuthServer {
  /** MCP_PUBLIC_URL (with `publicPath` when one was given). */
  url: string;
  origin: string;
  http: RunningHttpServer;
  plane: ControlPlane;
  clock: TestClock;
  /** The route-table entries the front door contributes (their paths). */
  doorPaths: readonly string[];
  admin(method: string, path: string, body?: unknown): Promise<JsonAnswer>;
  close(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export function oauthEnv(sandbox: Sandbox, url: string): Record<string, string> {
  return {
    MCP_PUBLIC_URL: url,
    MCP_ADMIN_TOKENS: ADMIN,
    EGNYTE_BASE_URL: sandbox.baseUrl,
    EGNYTE_CLIENT_ID: sandbox.oauth.clientId,
    EGNYTE_CLIENT_SECRET: sandbox.oauth.clientSecret,
  };
}

export async function startOAuthServer(
  storeUrl: string,
  sandbox: Sandbox,
  options: {
    methods?: string;
    clock?: TestClock;
    publicPath?: string;
    tuning?: Pick<OAuthSettings, 'limits' | 'resolve'>;
    /** The request log (tests that read the error id of a 5xx capture it). */
    ops?: HttpOptions['ops'];
  } = {},
): Promise<OAuthServer> {
  const clock = options.clock ?? new TestClock();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const url = `${origin}${options.publicPath ?? ''}`;
  const env = oauthEnv(sandbox, url);
  const settings = hostingSettings(env);
  const opened = await openControlPlane({
    storeUrl,
    data: EGNYTE,
    settings,
    secrets: [SECRET],
    now: clock.now,
  });
  if (!opened.ok) {
    throw new Error(opened.message);
  }
  const plane = opened.value;
  const door = await openOAuth(
    { ...(options.methods ? { oauthMethods: options.methods } : {}) },
    plane,
    settings,
    options.tuning,
  );
  if (!door.ok) {
    throw new Error(door.message);
  }
  const handle = frontDoorHandle(door.value);
  const runtime = createToolRuntime(EGNYTE, { audit: plane.audit(() => undefined), now: clock.now });
  const http = await startHttpServer(runtime, {
    host: '127.0.0.1',
    port,
    sealKeys: [],
    requireApiToken: false,
    apiTokens: [],
    control: plane,
    oauth: handle,
    scope: { label: 'default', filter: {}, credentials: { ok: false, message: 'no default account' } },
    defaultRefusal: { status: 401, message: 'sign in' },
    ...(options.ops ? { ops: options.ops } : {}),
  });
  return {
    url,
    origin,
    http,
    plane,
    clock,
    doorPaths: handle.routes.map((route) => route.path),
    async admin(method, path, body) {
      const headers = {
        authorization: `Bearer ${ADMIN}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      };
      const json = body === undefined ? undefined : JSON.stringify(body);
      const answer = await fetch(`${origin}${path}`, { method, headers, body: json });
      const text = await answer.text();
      return { status: answer.status, body: text === '' ? undefined : JSON.parse(text) };
    },
    async close() {
      await http.close();
      await plane.close();
    },
  };
}

export function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export const REDIRECT = 'http://127.0.0.1:1/callback';

export async function register(base: string, body: Record<string, unknown> = {}): Promise<JsonAnswer> {
  const answer = await fetch(`${base}/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client_name: 'Test client',
      redirect_uris: [REDIRECT],
      token_endpoint_auth_method: 'none',
      ...body,
    }),
  });
  return { status: answer.status, body: await answer.json() };
}

export function authorizeUrl(
  base: string,
  clientId: string,
  challenge: string,
  extra: Record<string, string> = {},
): URL {
  const url = new URL(`${base}/authorize`);
  const params = {
    response_type: 'code',
    client_id: clientId,
    redirect_uri: REDIRECT,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'st-1',
    resource: `${base}/mcp`,
    ...extra,
  };
  for (const [key, value] of Object.entries(params)) {
    url.searchParams.set(key, value);
  }
  return url;
}

export async function token(base: string, form: Record<string, string>): Promise<JsonAnswer> {
  const answer = await fetch(`${base}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: answer.status, body: await answer.json() };
}

/** The refresh-token grant of a public client at `/token`. */
export function refreshGrant(base: string, clientId: string, refreshToken: string): Promise<JsonAnswer> {
  return token(base, { grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshToken });
}

export async function mcpInitialize(base: string, accessToken?: string): Promise<Response> {
  return fetch(`${base}/mcp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json, text/event-stream',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 't', version: '1' } },
    }),
  });
}

/** A client's first connection: registration, sign-in with consent, the code exchange; its tokens. */
export async function connectClient(base: string): Promise<{ clientId: string; tokens: JsonAnswer }> {
  const clientId: string = (await register(base)).body.client_id;
  const { verifier, challenge } = pkce();
  const signIn = await signInWithEgnyte(authorizeUrl(base, clientId, challenge));
  const tokens = await token(base, {
    grant_type: 'authorization_code',
    client_id: clientId,
    code: signIn.redirect.searchParams.get('code') ?? '',
    code_verifier: verifier,
    redirect_uri: REDIRECT,
  });
  return { clientId, tokens };
}
