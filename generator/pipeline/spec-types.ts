/** The raw shapes of spec files after meta-schema validation (snake_case, as written in YAML). */
import type { JsonSchema, JsonValue } from 'saas-mcp-runtime/contract';

export interface RawIntegration {
  name: string;
  display_name: string;
  article?: 'a' | 'an';
  package_name: string;
  version?: string;
  description?: string;
  publish?: { npm_scope: string; repository: string; mcp_name?: string };
  base_url: string;
  base_url_env: string;
  base_url_variables?: { [k: string]: { env: string; pattern?: string; description: string } };
  auth: RawAuthScheme | RawAuthScheme[];
  rate_limit: {
    throttled_when: { status: number; header?: string; values?: string[] }[];
    retry_after_header?: string;
    counters: {
      limit_header: string;
      remaining_header?: string;
      used_header?: string;
      reset_header?: string;
      reset_format?: 'delta' | 'epoch' | 'http_date';
    }[];
  };
  error_message_paths?: string[];
  error_causes?: { path: string; field?: string; message: string[] }[];
  errors_in_success?: { path: string; equals?: JsonValue; present?: boolean; code_path?: string }[];
  filters?: { tags?: string[]; methods?: string[] };
  budget?: { max_total_tokens?: number; max_tool_tokens?: number };
  min_description_length?: number;
  nested_documentation_exceptions?: string[];
  identifiers: {
    [k: string]: {
      label: string;
      description: string;
      not?: string;
      not_when?: string;
      find_with?: string;
      schema: JsonSchema;
    };
  };
}

export type RawOAuthConnect = {
  authorize_path: string;
  token_path: string;
  client_id_env: string;
  client_secret_env: string;
  scopes?: string[];
};

export type RawAuthScheme =
  | { type: 'bearer'; token_env: string; oauth?: RawOAuthConnect }
  | { type: 'api_key'; in: 'header' | 'query'; name: string; scheme?: string; key_env: string }
  | { type: 'basic'; username_env: string; password_env?: string }
  | ({ type: 'oauth2_client_credentials' } & RawTokenAuth)
  | ({ type: 'oauth2_refresh_token'; refresh_token_env: string } & RawTokenAuth);

type RawTokenAuth = {
  token_url: string;
  client_id_env: string;
  client_secret_env: string;
  scopes?: string[];
  client_auth?: 'basic' | 'body';
  header_scheme?: string;
};

type RawLimits = { limit_param?: string; max_limit?: number; default_limit?: number };

export interface RawMethod {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  tool_name?: string;
  path_params?: {
    [k: string]: {
      identifier?: string;
      schema?: JsonSchema;
      description?: string;
      flat_name?: string;
      multi_segment?: boolean;
      new?: boolean;
    };
  };
  fixed_query?: { [k: string]: string };
  fixed_body?: { [k: string]: JsonValue };
  response_path?: string;
  pagination?:
    | {
        style: 'offset';
        offset_param: string;
        limit_param: string;
        params_in?: 'query' | 'body';
        first_offset: number;
        max_limit: number;
        default_limit?: number;
        total_path?: string;
      }
    | ({
        style: 'cursor';
        cursor_param: string;
        params_in?: 'query' | 'body';
        next_cursor_path: string;
        more_path?: string;
        cursor_only?: boolean;
      } & RawLimits)
    | {
        style: 'page';
        page_param: string;
        size_param: string;
        params_in?: 'query' | 'body';
        first_page?: number;
        max_limit: number;
        default_limit?: number;
        total_pages_path?: string;
        total_items_path?: string;
        more_path?: string;
      }
    | ({ style: 'link_header' } & RawLimits)
    | ({
        style: 'header_cursor';
        cursor_param: string;
        next_cursor_header: string;
        params_in?: 'query' | 'body';
      } & RawLimits)
    | ({ style: 'body_link'; next_link_path: string; more_path?: string } & RawLimits)
    | ({ style: 'none'; more_path?: string; total_path?: string; params_in?: 'query' | 'body' } & RawLimits);
  body_encoding?: 'json' | 'form';
  partial_failure?: { status: number; items_path: string; id_path: string; reason_paths: string[] };
  annotations?: { read_only?: boolean; destructive?: boolean; idempotent?: boolean; open_world?: boolean };
}

export interface RawResource {
  resource: string;
  singular: string;
  description?: string;
  tags: string[];
  methods: { [k: string]: RawMethod };
}

export interface RawDocEntry {
  title?: string;
  description: string;
  query_schema?: JsonSchema;
  header_schema?: JsonSchema;
  body_schema?: JsonSchema;
  body_required?: boolean;
  response_schema?: JsonSchema;
  examples?: { description?: string; arguments: { [k: string]: JsonValue }; result?: JsonValue }[];
}

export type RawDocs = { [resource: string]: { [method: string]: RawDocEntry } };
