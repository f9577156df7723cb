/**
 * The admin API's wire shapes (design.md §4a, plus the page's integration summary): one module for
 * the server that answers with them (control/, admin/) and the page that reads them (admin/ui/).
 * Types only, so the browser bundle and the server share it without sharing code.
 */

export interface Integration {
  name: string;
  display_name: string;
  tags: string[];
  methods: string[];
  tool_count: number;
  takes_domain: boolean;
  oauth: { ok: boolean; message?: string };
}

export interface Account {
  id: string;
  name: string;
  domain: string | null;
  status: string;
  created_at: string;
}

export interface ServerConfig {
  methods?: string[];
  tags?: string[];
  tool_exposure?: 'all' | 'discovery';
  output_schema?: 'on' | 'off';
}

export interface McpServer {
  id: string;
  name: string;
  config: ServerConfig;
  expires_at: string | null;
  require_api_token_auth: boolean;
  tools: string[];
  created_at: string;
  last_used_at: string | null;
}

export interface LogEntry {
  time: string;
  tool: string;
  outcome: string;
  upstream_status: number | null;
  duration_ms: number;
}

export interface ApiToken {
  id: string;
  name: string;
  created_at: string;
}

/** A new API token: the only answer that carries the token itself. */
export interface CreatedApiToken extends ApiToken {
  token: string;
}
