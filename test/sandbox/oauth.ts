/**
 * Egnyte's OAuth 2.0 endpoints (egnyte-api.md §1.3): `GET /puboauth/token` is the authorize page,
 * `POST /puboauth/token` the token endpoint (form-encoded; code and refresh grants). The sandbox has
 * no login screen: the authorize page approves at once as the seeded admin and redirects back.
 * Tokens last `expires_in` seconds of the sandbox clock (30 days by default, with a refresh token),
 * or never (`tokenLifetimeSeconds: null`, no refresh token), the two readings of Egnyte's docs.
 */
import { randomBytes } from 'node:crypto';
import type { TokenBook } from './auth.js';
import type { Clock, Reply } from './context.js';

export interface OAuthOptions {
  clientId?: string;
  clientSecret?: string;
  /** Seconds an access token lives; null: tokens never expire and no refresh token is issued. */
  tokenLifetimeSeconds?: number | null;
}

export interface SandboxOAuth {
  clientId: string;
  clientSecret: string;
  tokenLifetimeSeconds: number | null;
  /** Access tokens issued by the token endpoint, oldest first (for assertions). */
  issued: string[];
  /** How many refresh grants succeeded. */
  refreshes: number;
}

const CODE_LIFETIME_MS = 10 * 60_000;

export function createOAuth(options: OAuthOptions = {}): SandboxOAuth {
  return {
    clientId: options.clientId ?? 'sandbox-client',
    clientSecret: options.clientSecret ?? 'sandbox-client-secret',
    tokenLifetimeSeconds: options.tokenLifetimeSeconds === undefined ? 2_592_000 : options.tokenLifetimeSeconds,
    issued: [],
    refreshes: 0,
  };
}

const oauthError = (status: number, error: string, description: string): Reply => ({
  status,
  body: { error, error_description: description },
});

export class OAuthEndpoints {
  private readonly codes = new Map<string, { redirectUri: string; userId: number; expiresAt: number }>();
  private readonly refreshTokens = new Map<string, number>();

  constructor(
    readonly config: SandboxOAuth,
    private readonly tokens: TokenBook,
    private readonly clock: Clock,
    private readonly adminId: number,
  ) {}

  handle(method: string, query: URLSearchParams, rawBody: string): Reply {
    if (method === 'GET') {
      return this.authorize(query);
    }
    if (method === 'POST') {
      return this.token(new URLSearchParams(rawBody));
    }
    return { status: 405, body: { errorMessage: `Method ${method} is not allowed on this resource` } };
  }

  private authorize(query: URLSearchParams): Reply {
    const redirectUri = query.get('redirect_uri') ?? '';
    if (query.get('client_id') !== this.config.clientId) {
      return { status: 400, text: 'Unknown client_id', contentType: 'text/plain' };
    }
    if (query.get('response_type') !== 'code' || !/^https?:\/\//.test(redirectUri)) {
      return {
        status: 400,
        text: 'response_type=code and an http(s) redirect_uri are required',
        contentType: 'text/plain',
      };
    }
    const code = randomBytes(16).toString('hex');
    this.codes.set(code, { redirectUri, userId: this.adminId, expiresAt: this.clock.now() + CODE_LIFETIME_MS });
    const target = new URL(redirectUri);
    target.searchParams.set('code', code);
    const state = query.get('state');
    if (state !== null) {
      target.searchParams.set('state', state);
    }
    return { status: 302, headers: { Location: target.href } };
  }

  private token(form: URLSearchParams): Reply {
    if (form.get('client_id') !== this.config.clientId || form.get('client_secret') !== this.config.clientSecret) {
      return oauthError(401, 'invalid_client', 'Unknown client or wrong client secret');
    }
    const grant = form.get('grant_type');
    if (grant === 'authorization_code') {
      const code = this.codes.get(form.get('code') ?? '');
      this.codes.delete(form.get('code') ?? '');
      if (!code || code.expiresAt <= this.clock.now()) {
        return oauthError(400, 'invalid_grant', 'Unknown, used or expired code');
      }
      if (code.redirectUri !== form.get('redirect_uri')) {
        return oauthError(400, 'invalid_grant', 'redirect_uri does not match');
      }
      return this.issue(code.userId, true);
    }
    if (grant === 'refresh_token') {
      const userId = this.refreshTokens.get(form.get('refresh_token') ?? '');
      if (userId === undefined) {
        return oauthError(400, 'invalid_grant', 'Unknown or revoked refresh token');
      }
      this.config.refreshes += 1;
      return this.issue(userId, false);
    }
    return oauthError(400, 'unsupported_grant_type', 'grant_type must be authorization_code or refresh_token');
  }

  private issue(userId: number, withRefresh: boolean): Reply {
    const accessToken = `oat_${randomBytes(16).toString('hex')}`;
    const lifetime = this.config.tokenLifetimeSeconds;
    this.tokens.add(accessToken, userId, lifetime === null ? undefined : this.clock.now() + lifetime * 1000);
    this.config.issued.push(accessToken);
    const body: Record<string, unknown> = { access_token: accessToken, token_type: 'bearer' };
    if (lifetime !== null) {
      body.expires_in = lifetime;
      // The refresh token stays the same across refreshes (Egnyte's Splunk app reuses it).
      if (withRefresh) {
        const refreshToken = `ort_${randomBytes(16).toString('hex')}`;
        this.refreshTokens.set(refreshToken, userId);
        body.refresh_token = refreshToken;
      }
    }
    return { status: 200, body };
  }
}
