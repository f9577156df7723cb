/** The shapes the page's API answers with (design.md §4a, plus the page's integration summary). */

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
