/**
 * The control plane's rows (accounts, MCP servers, call logs, API tokens): their types, and the
 * decoders that read them back from either driver, column by column (rows.ts).
 */
import { integer, nullable, oneOf, rowDecoder, text } from './rows.js';

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
  require_api_token_auth: (value) => oneOf<0 | 1>(0, 1)(integer(value)),
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
