/**
 * The data contract between the generator and the runtime: what `tools.json` holds and what the
 * generated `src/tools.gen.ts` exports. The generator produces values of these types; the runtime
 * serves them. Nothing here is specific to one integration.
 *
 * saas-mcp-runtime 1.1.0 adds, all optional so data written before still serves unchanged (data
 * contract 1 still; a package generated with them depends on ^1.1.0): header parameters
 * and array query styles (`ParamLocation`), form-encoded bodies (`RequestTemplate.bodyEncoding`),
 * the page, link_header and header_cursor paging styles, the api_key, basic and
 * oauth2_client_credentials auth schemes with alternatives (`IntegrationInfo.moreAuth`), reset
 * formats (`RateLimitCounter.resetFormat`) and per-field error causes (`IntegrationInfo.errorCauses`).
 * Each such field says `@since runtime 1.1.0`.
 *
 * saas-mcp-runtime 2.1.0 adds, optional too: negative indices in paths, the body_link and none paging
 * styles, object styles (`ParamLocation.objectStyle`), basic auth without a password, the
 * oauth2_refresh_token scheme, token URL variables and errors inside 2xx answers
 * (`IntegrationInfo.errorsInSuccess`). Each says `@since runtime 2.1.0`.
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
  /**
   * @since runtime 1.3.0. A regular expression: `not` is said only of a value (as text) that matches
   * it, e.g. one with a letter or an `@` for a user id, so "1.5" is not called a username.
   */
  notWhen?: string;
  /** Name of the tool that finds a valid value. */
  findWith?: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Where a flat input argument goes in the upstream request. */
export interface ParamLocation {
  /** `header` @since runtime 1.1.0: a documented request header (never a credential). */
  in: 'path' | 'query' | 'body' | 'header';
  /** The vendor's own name for it (the flat name may differ after a rename). */
  name: string;
  /** Path parameters only: the value is itself a path ("/Shared/Docs") and each segment is encoded on its own. */
  multiSegment?: boolean;
  /**
   * @since runtime 1.1.0. How an array value travels in the query (or a form body): `repeat` (default,
   * `name=a&name=b`), `comma` (`name=a,b`) or `brackets` (`name[]=a&name[]=b`).
   */
  arrayStyle?: ArrayStyle;
  /**
   * @since runtime 2.1.0. JSON body only: the argument is an array of `{[key]: k, [value]: v}`
   * objects and the body carries the object `{k: v, ...}` under the parameter's name, or, with
   * `spread`, as the body's own keys (a map written as entries, so that tool schemas need no
   * free-form `additionalProperties`, which OpenAI's strict mode cannot express).
   */
  sendAsMap?: { key: string; value: string; spread?: boolean };
  /** @since runtime 2.1.0. Query objects only: sent as bracketed keys. Form bodies always nest that way. */
  objectStyle?: ObjectStyle;
}

export type ArrayStyle = 'repeat' | 'comma' | 'brackets';

/**
 * @since runtime 2.1.0. How an object value travels in the query or a form body: `deep_object`
 * (`filter[status]=open&filter[owner][id]=7`, OpenAPI's deepObject); without it a query object goes
 * as one JSON string (the 1.2 behaviour).
 */
export type ObjectStyle = 'deep_object';

export type * from './pagination.js';

import type { Pagination } from './pagination.js';

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
  /** Dotted path to the payload in the response: the item array for list tools. Absent: the whole answer (a root array). */
  responsePath?: string;
  pagination?: Pagination;
  /** @since runtime 1.1.0. `form`: the body travels as application/x-www-form-urlencoded; JSON otherwise. */
  bodyEncoding?: 'json' | 'form';
  /** @since runtime 2.1.0. A batch answer that reports per-item failures (see `partial-failure.ts`). */
  partialFailure?: PartialFailure;
}

/**
 * @since runtime 2.1.0. A success status whose answer says some items of a batch failed (e.g. 207):
 * the call becomes a tool error that names each failed item and its reason.
 */
export interface PartialFailure {
  status: number;
  /** Dotted path of the array of failed items in the answer. */
  itemsPath: string;
  /** Dotted path of an item's id inside one failed item. */
  idPath: string;
  /** Dotted paths inside one failed item joined into its reason (arrays are joined too). */
  reasonPaths: string[];
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
  /** The reset time; falls back to the retry-after header. */
  resetHeader?: string;
  /**
   * @since runtime 1.1.0. How the reset header is written: `delta` seconds (default), `epoch` seconds or an
   * `http_date`. Every form becomes delta seconds (IETF `ratelimit-reset`).
   */
  resetFormat?: 'delta' | 'epoch' | 'http_date';
}

export interface RateLimitConfig {
  throttledWhen: ThrottleRule[];
  /** When the API sends no retry-after, it is derived from the reset (@since runtime 1.1.0). */
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
  auth: AuthScheme;
  /** @since runtime 1.1.0. Further accepted schemes: the first (from `auth` on) whose variables are all set is used. */
  moreAuth?: AuthScheme[];
  rateLimit: RateLimitConfig;
  /** Where a vendor error message sits in an error body, tried in order (dotted paths, `0` indexes arrays). */
  errorMessagePaths: string[];
  /** @since runtime 1.1.0. Where per-field causes sit; they are appended to the message ("...: title is missing"). */
  errorCauses?: ErrorCauseRule[];
  /** @since runtime 2.1.0. How an error looks inside a 2xx answer (`200 {"ok": false, "error": "..."}`). */
  errorsInSuccess?: SuccessErrorRule[];
}

/**
 * @since runtime 2.1.0. A 2xx answer is an error when the value at `path` equals `equals`, or, with
 * `present`, when it is there and not null, false or empty. `codePath` reads the API's own error code.
 */
export interface SuccessErrorRule {
  path: string;
  equals?: JsonValue;
  present?: boolean;
  codePath?: string;
}

/** `Authorization: Bearer <token>`. */
export interface BearerAuth {
  type: 'bearer';
  tokenEnv: string;
  /** How a hosted server connects accounts by the vendor's OAuth authorization-code flow (control plane). */
  oauth?: OAuthInfo;
}

/**
 * @since runtime 1.1.0. A key in a header (`X-API-Key: <key>`, or `Authorization: <scheme> <key>` with a
 * scheme) or in the query (weaker: query strings end up in proxy and server logs).
 */
export interface ApiKeyAuth {
  type: 'api_key';
  in: 'header' | 'query';
  name: string;
  /** Header only: the word before the key, e.g. `token` or `SSWS`. */
  scheme?: string;
  keyEnv: string;
}

/** @since runtime 1.1.0. HTTP basic authentication. */
export interface BasicAuth {
  type: 'basic';
  usernameEnv: string;
  /**
   * Absent (@since runtime 2.1.0): the password is empty and the user name is the secret (an API
   * key sent as `<key>:`).
   */
  passwordEnv?: string;
}

/**
 * @since runtime 1.1.0. OAuth 2.0 client credentials (RFC 6749 §4.4): the runtime fetches a token, keeps it
 * until shortly before it expires, and fetches a new one once when the API answers 401.
 */
export interface OAuthClientCredentialsAuth {
  type: 'oauth2_client_credentials';
  /**
   * Absolute https URL, or a path on the base URL's origin (`/oauth/tokens`); `{name}` is filled from
   * the base URL variable of that name (@since runtime 2.1.0).
   */
  tokenUrl: string;
  clientIdEnv: string;
  clientSecretEnv: string;
  scopes?: string[];
  /** How the client authenticates at the token endpoint: HTTP basic (default) or body fields. */
  clientAuth: 'basic' | 'body';
  /** @since runtime 2.1.0. The word before the access token in Authorization (default `Bearer`). */
  headerScheme?: string;
}

/**
 * @since runtime 2.1.0. OAuth 2.0 refresh token (RFC 6749 §6): a stored refresh token is exchanged for
 * access tokens, kept and renewed like client-credentials tokens (one shared request for concurrent
 * calls, once more after a 401). `tokenUrl` may use the base URL's variables (`{tenant}`).
 */
export interface OAuthRefreshTokenAuth {
  type: 'oauth2_refresh_token';
  tokenUrl: string;
  clientIdEnv: string;
  clientSecretEnv: string;
  refreshTokenEnv: string;
  scopes?: string[];
  clientAuth: 'basic' | 'body';
  headerScheme?: string;
}

/** The schemes whose access token the runtime fetches from a token endpoint. */
export type TokenAuth = OAuthClientCredentialsAuth | OAuthRefreshTokenAuth;

export type AuthScheme = BearerAuth | ApiKeyAuth | BasicAuth | OAuthClientCredentialsAuth | OAuthRefreshTokenAuth;

/**
 * @since runtime 1.1.0. Per-field causes of an error: at `path` (`$`: the body itself, @since runtime 2.1.0), a list (of strings, or of objects whose
 * `field` and first present `message` key are read) or a map from field name to text(s).
 */
export interface ErrorCauseRule {
  path: string;
  field?: string;
  message: string[];
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
