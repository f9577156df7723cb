/** The raw shapes of spec files after meta-schema validation (snake_case, as written in YAML). */
import type { JsonSchema, JsonValue } from '../../templates/runtime/tool-data.js';

export interface RawIntegration {
  name: string;
  display_name: string;
  article?: 'a' | 'an';
  package_name: string;
  version?: string;
  description?: string;
  base_url: string;
  base_url_env: string;
  base_url_variables?: { [k: string]: { env: string; pattern?: string; description: string } };
  auth: {
    type: 'bearer';
    token_env: string;
    oauth?: { authorize_path: string; token_path: string; client_id_env: string; client_secret_env: string; scopes?: string[] };
  };
  rate_limit: {
    throttled_when: { status: number; header?: string; values?: string[] }[];
    retry_after_header: string;
    counters: { limit_header: string; remaining_header?: string; used_header?: string; reset_header?: string }[];
  };
  error_message_paths?: string[];
  filters?: { tags?: string[]; methods?: string[] };
  budget?: { max_total_tokens?: number; max_tool_tokens?: number };
  min_description_length?: number;
  identifiers: { [k: string]: { label: string; description: string; not?: string; find_with?: string; schema: JsonSchema } };
}

export interface RawMethod {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  tool_name?: string;
  path_params?: {
    [k: string]: { identifier?: string; schema?: JsonSchema; description?: string; flat_name?: string; multi_segment?: boolean; new?: boolean };
  };
  fixed_query?: { [k: string]: string };
  fixed_body?: { [k: string]: JsonValue };
  response_path?: string;
  pagination?:
    | { style: 'offset'; offset_param: string; limit_param: string; params_in?: 'query' | 'body'; first_offset: number; max_limit: number; default_limit?: number; total_path?: string }
    | { style: 'cursor'; cursor_param: string; params_in?: 'query' | 'body'; next_cursor_path: string; more_path?: string; cursor_only?: boolean; limit_param?: string; max_limit?: number; default_limit?: number };
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
  body_schema?: JsonSchema;
  body_required?: boolean;
  response_schema?: JsonSchema;
  examples?: { description?: string; arguments: { [k: string]: JsonValue }; result?: JsonValue }[];
}

export type RawDocs = { [resource: string]: { [method: string]: RawDocEntry } };
