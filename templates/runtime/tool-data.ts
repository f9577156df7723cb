/**
 * The data contract between the generator and the runtime: what `tools.json` holds and what the
 * generated `src/tools.gen.ts` exports. The generator produces values of these types; the runtime
 * serves them. Nothing here is specific to one integration.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON Schema object (draft 2020-12 subset) as plain data. */
export type JsonSchema = { [key: string]: JsonValue };

/**
 * What the runtime knows about an argument that takes an identifier, to explain a validation
 * failure ("id must be a numeric Egnyte user id, not the username or email (got \"jsmith\"); find
 * it with list_all_egnyte_users"). It travels as `x-identifier` inside `argumentChecks`, never in
 * the served inputSchema.
 */
export interface IdentifierHint {
  /** The identifier kind's name in the spec, e.g. `user_id`. */
  kind: string;
  /** What a valid value is, in words, e.g. `numeric Egnyte user id`. */
  label?: string;
  /** What it is commonly mistaken for, e.g. `the username or email`. */
  not?: string;
  /** Name of the tool that finds a valid value. */
  findWith?: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Where a flat input argument goes in the upstream request. */
export interface ParamLocation {
  in: 'path' | 'query' | 'body';
  /** The vendor's own name for it (the flat name may differ after a rename). */
  name: string;
  /** Path parameters only: the value is itself a path ("/Shared/Docs") and each segment is encoded on its own. */
  multiSegment?: boolean;
}

/** Offset paging: the runtime turns `limit`/`next_cursor` into the vendor's offset and page size. */
export interface OffsetPagination {
  style: 'offset';
  offsetParam: string;
  limitParam: string;
  /** Where both paging parameters go. */
  paramsIn: 'query' | 'body';
  /** 1 for SCIM-style `startIndex`, 0 for plain offsets. */
  firstOffset: number;
  maxLimit: number;
  defaultLimit: number;
  /** Dotted path of the total item count in the response, when the vendor reports one. */
  totalPath?: string;
}

/** Cursor paging: the vendor hands back a value to send on the next call. */
export interface CursorPagination {
  style: 'cursor';
  /** Vendor parameter that carries the cursor on the next call. */
  cursorParam: string;
  paramsIn: 'query' | 'body';
  /** Dotted path of the next cursor value in the response. */
  nextCursorPath: string;
  /** Dotted path of a boolean "more to come" flag; without it, an empty page ends the listing. */
  morePath?: string;
  /** When true, follow-up calls send only the cursor (and the limit), not the other arguments. */
  cursorOnly: boolean;
  limitParam?: string;
  maxLimit?: number;
  defaultLimit?: number;
}

export type Pagination = OffsetPagination | CursorPagination;

/** How to build the upstream request from the validated flat arguments. */
export interface RequestTemplate {
  method: HttpMethod;
  /** Path with `{name}` placeholders in vendor names, e.g. `/pubapi/v2/users/{id}`. */
  path: string;
  /** Flat argument name -> location. Every property of the input schema except `limit`/`next_cursor` is here. */
  locations: { [flatName: string]: ParamLocation };
  /** Constant query parameters the spec fixes for this method. */
  fixedQuery?: { [name: string]: string };
  /** Constant body fields the spec fixes for this method (e.g. `{ action: "move" }`). */
  fixedBody?: { [name: string]: JsonValue };
  /** Dotted path to the payload in the response: the item array for list tools. */
  responsePath?: string;
  pagination?: Pagination;
}

/** All four hints, always explicit; the title is the tool's own `title`, not repeated here. */
export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

export type MethodKind = 'list' | 'get' | 'create' | 'update' | 'delete' | 'custom';

export interface ToolDefinition {
  name: string;
  title: string;
  description: string;
  /** Exactly what tools/list serves: a plain `type: object` root with `additionalProperties: false`. */
  inputSchema: JsonSchema;
  /**
   * Runtime-only keywords, merged into inputSchema before validation: JSON pointer of a schema node
   * (`/properties/id`) -> keywords the server enforces but does not serve (patterns, lengths,
   * safe-integer bounds, the `x-identifier` hint for error messages).
   */
  argumentChecks?: { [pointer: string]: JsonSchema };
  /**
   * Present when the spec documents a response; list tools wrap items as `{ data, next_cursor }`.
   * Tolerant of vendor drift: nothing upstream is required and objects stay open.
   */
  outputSchema?: JsonSchema;
  annotations: ToolAnnotations;
  tags: string[];
  kind: MethodKind;
  /** The spec method this tool comes from. */
  source: { resource: string; method: string };
  request: RequestTemplate;
}

/** How a throttled upstream answer is recognised. All listed conditions of one rule must hold. */
export interface ThrottleRule {
  status: number;
  header?: string;
  /** Header values that mark throttling; any value counts when omitted. */
  values?: string[];
}

/** One way the vendor reports its counters; the runtime uses the first whose limit header is present. */
export interface RateLimitCounter {
  limitHeader: string;
  /** Either the remaining count, or the used count (remaining = limit - used). */
  remainingHeader?: string;
  usedHeader?: string;
  /** Seconds until reset; falls back to the retry-after header. */
  resetHeader?: string;
}

export interface RateLimitConfig {
  throttledWhen: ThrottleRule[];
  retryAfterHeader: string;
  counters: RateLimitCounter[];
}

/** The vendor's OAuth 2.0 authorization-code flow, used to connect accounts to a hosted server. */
export interface OAuthInfo {
  /** Paths on the account's base URL. */
  authorizePath: string;
  tokenPath: string;
  clientIdEnv: string;
  clientSecretEnv: string;
  scopes: string[];
}

export interface IntegrationInfo {
  name: string;
  displayName: string;
  /** Package and bin name of the generated server. */
  packageName: string;
  /** e.g. `https://{domain}.egnyte.com`; variables come from the environment. */
  baseUrl: string;
  /** Environment variable holding a full base URL that overrides `baseUrl`. */
  baseUrlEnv: string;
  baseUrlVariables: { [name: string]: { env: string; pattern?: string; description: string } };
  auth: { type: 'bearer'; tokenEnv: string; oauth?: OAuthInfo };
  rateLimit: RateLimitConfig;
  /** Where a vendor error message sits in an error body, tried in order (dotted paths, `0` indexes arrays). */
  errorMessagePaths: string[];
}

export interface ServerData {
  /**
   * Version of this data contract (`DATA_CONTRACT` in versions.ts). The runtime refuses to start on
   * any other value, naming both, rather than misreading data of another shape.
   */
  dataContract: number;
  integration: IntegrationInfo;
  /** Version reported in the MCP `initialize` answer; the generator may set the package version. */
  version?: string;
  tools: ToolDefinition[];
}
