/**
 * Starts the sandbox: a real node:http server on 127.0.0.1 that behaves like an Egnyte tenant.
 * Tests start it in-process on a free port (`port: 0`); `npm run sandbox` uses cli.ts.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenBook } from './auth.js';
import { Clock, type RouteConfig } from './context.js';
import { DEFAULT_SEED, REFERENCE_NOW, SEED_FACTS, tokenForSeed } from './facts.js';
import { Faults } from './faults.js';
import { handleRequest, type Pipeline } from './handle.js';
import { createOAuth, OAuthEndpoints, type OAuthOptions, type SandboxOAuth } from './oauth.js';
import { buildRouter } from './routes/index.js';
import { buildTenant } from './seed/index.js';
import type { Tenant } from './store.js';
import { type RateLimit, Throttle, type ThrottleMode } from './throttle.js';

export interface SandboxOptions {
  /** 0 (the default) picks a free port; the CLI passes 4010. */
  port?: number;
  host?: string;
  /** Same seed, same tenant. Default DEFAULT_SEED. */
  seed?: number;
  /** The sandbox's "now" (seed dates, audit 7-day window, new records). Default REFERENCE_NOW. */
  now?: Date | number;
  /** Off unless given. */
  rateLimit?: RateLimit;
  /** Shorthand for rateLimit.mode. */
  throttleMode?: ThrottleMode;
  /** v2 audit stream page size; default 100 so paging is exercised. */
  auditPageSize?: number;
  /** "running" answers a v1 audit job gives before 303; default 1. */
  auditJobPolls?: number;
  /** Egnyte's OAuth app: client id and secret, access-token lifetime (null: never expires). */
  oauth?: OAuthOptions;
}

export interface Sandbox {
  /** `http://127.0.0.1:<port>`; Egnyte paths go right after it (`/pubapi/v2/users`). */
  baseUrl: string;
  /** The bearer token of the seeded admin (SEED_FACTS.tokenUserName); deterministic per seed. */
  token: string;
  seed: number;
  /** The tenant's live data, for assertions and for arranging state directly. */
  state: Tenant;
  faults: Faults;
  clock: Clock;
  /** Audit page size and job polls; changes apply to the next request. */
  config: RouteConfig;
  /** The OAuth app the sandbox accepts, and what its token endpoint issued. */
  oauth: SandboxOAuth;
  /** Revokes an access token (Egnyte answers 401 for it from then on). */
  revokeToken(token: string): void;
  /** Unexpected exceptions answered as 500 (should stay empty). */
  internalErrors: unknown[];
  /** Turns rate limiting on (or off with null) and resets the counters. */
  setRateLimit(limit: RateLimit | null): void;
  /** A further accepted token acting as the given user (e.g. a non-admin, or a second token for throttling). */
  issueToken(userName: string): string;
  close(): Promise<void>;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = options.seed ?? DEFAULT_SEED;
  const clock = new Clock(options.now === undefined ? REFERENCE_NOW : new Date(options.now).getTime());
  const tenant = buildTenant(seed, clock.now());
  const config: RouteConfig = {
    clock,
    auditPageSize: options.auditPageSize ?? 100,
    auditJobPolls: options.auditJobPolls ?? 1,
  };
  const tokens = new TokenBook(() => clock.now());
  const admin = tenant.userByName(SEED_FACTS.tokenUserName);
  if (!admin) {
    throw new Error('seed has no token user');
  }
  const token = tokenForSeed(seed);
  tokens.add(token, admin.id);
  const withMode = (limit: RateLimit | null | undefined) =>
    limit ? { ...limit, mode: limit.mode ?? options.throttleMode } : undefined;
  const throttle = new Throttle(withMode(options.rateLimit));
  const oauth = new OAuthEndpoints(createOAuth(options.oauth), tokens, clock, admin.id);
  const pipeline: Pipeline = {
    tenant,
    router: buildRouter(),
    config,
    tokens,
    throttle,
    faults: new Faults(),
    oauth,
    internalErrors: [],
  };

  const server = createServer((req, res) => {
    handleRequest(pipeline, req, res).catch((error: unknown) => {
      pipeline.internalErrors.push(error);
      if (!res.headersSent) {
        res.writeHead(500).end();
      }
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  let issued = 0;
  return {
    baseUrl: `http://${host}:${port}`,
    token,
    seed,
    state: tenant,
    faults: pipeline.faults,
    clock,
    config,
    internalErrors: pipeline.internalErrors,
    oauth: oauth.config,
    revokeToken: (revoked) => tokens.revoke(revoked),
    setRateLimit: (limit) => throttle.set(withMode(limit)),
    issueToken(userName) {
      const user = tenant.userByName(userName);
      if (!user) {
        throw new Error(`no user ${userName}`);
      }
      const extra = `${token}_${user.userName}_${++issued}`;
      tokens.add(extra, user.id);
      return extra;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
