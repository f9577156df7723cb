/**
 * The control plane's rows (accounts, MCP servers, call logs, API tokens) and the OAuth front
 * door's (clients, sign-in requests, the authorization server's models): their types, and the
 * decoders that read them back from either driver, column by column (rows.ts).
 */
import { flag, integer, nullable, rowDecoder, text } from './rows.js';

export interface AccountRow {
  id: string;
  name: string;
  domain: string | null;
  base_url: string;
  /** `active`, `pending` (OAuth connect under way) or `needs_reauth`. */
  status: string;
  /** Sealed credentials JSON; null until an OAuth connect completes. */
  credentials: string | null;
  credentials_version: number;
  created_at: string;
  updated_at: string;
}

export interface ServerRow {
  id: string;
  account_id: string;
  name: string;
  /** JSON `{methods?, tags?, tool_exposure?, output_schema?}`, read by decodeServerConfig. */
  config: string;
  token_hash: string;
  expires_at: string | null;
  require_api_token_auth: 0 | 1;
  created_at: string;
  updated_at: string;
  last_used_at: string | null;
}

export interface LogRow {
  seq: number;
  server_id: string;
  time: string;
  tool: string;
  outcome: string;
  upstream_status: number | null;
  duration_ms: number;
}

export interface ApiTokenRow {
  id: string;
  name: string;
  token_hash: string;
  created_at: string;
}

export const ACCOUNTS = rowDecoder<AccountRow>('accounts', {
  id: text,
  name: text,
  domain: nullable(text),
  base_url: text,
  status: text,
  credentials: nullable(text),
  credentials_version: integer,
  created_at: text,
  updated_at: text,
});

export const SERVERS = rowDecoder<ServerRow>('mcp_servers', {
  id: text,
  account_id: text,
  name: text,
  config: text,
  token_hash: text,
  expires_at: nullable(text),
  require_api_token_auth: flag,
  created_at: text,
  updated_at: text,
  last_used_at: nullable(text),
});

export const LOGS = rowDecoder<LogRow>('mcp_logs', {
  seq: integer,
  server_id: text,
  time: text,
  tool: text,
  outcome: text,
  upstream_status: nullable(integer),
  duration_ms: integer,
});

export const API_TOKENS = rowDecoder<ApiTokenRow>('api_tokens', {
  id: text,
  name: text,
  token_hash: text,
  created_at: text,
});

export const OAUTH_STATES = rowDecoder<{ account_id: string; expires_at: string }>('oauth_states', {
  account_id: text,
  expires_at: text,
});

/** A registered OAuth client (RFC 7591): its metadata as the authorization server stored it. */
export interface OAuthClientRow {
  client_id: string;
  /** JSON object: node-oidc-provider's client metadata. */
  metadata: string;
  created_at: string;
}

/** An authorization request in flight (oauth/records.ts), bound to the browser that started it. */
export interface SignInRequestRow {
  id_hash: string;
  /** JSON of the sign-in request, read by decodeSignInRequest. */
  request: string;
  account_id: string | null;
  expires_at: string;
  session_hash: string | null;
  consented: 0 | 1;
}

/** One of node-oidc-provider's records (oauth/adapter.ts): a grant, code, token, interaction or session. */
export interface OAuthModelRow {
  id_hash: string;
  model: string;
  /** JSON object: the provider's payload (without the id, for bearer models). */
  payload: string;
  grant_id: string | null;
  uid_hash: string | null;
  server_id: string | null;
  expires_at: string;
  consumed: 0 | 1;
}

export const OAUTH_CLIENTS = rowDecoder<OAuthClientRow>('oauth_clients', {
  client_id: text,
  metadata: text,
  created_at: text,
});

export const SIGNIN_REQUESTS = rowDecoder<SignInRequestRow>('oauth_requests', {
  id_hash: text,
  request: text,
  account_id: nullable(text),
  expires_at: text,
  session_hash: nullable(text),
  consented: flag,
});

export const OAUTH_MODELS = rowDecoder<OAuthModelRow>('oauth_models', {
  id_hash: text,
  model: text,
  payload: text,
  grant_id: nullable(text),
  uid_hash: nullable(text),
  server_id: nullable(text),
  expires_at: text,
  consumed: flag,
});
