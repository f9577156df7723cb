/**
 * The intermediate representation: plain, read-only data between `normalize` and `emit`.
 * Every node keeps an `origin` so later stages can still report `file:line:col`.
 */

import type {
  HttpMethod,
  IntegrationInfo,
  JsonSchema,
  JsonValue,
  MethodKind,
  Pagination,
  PartialFailure,
  ToolDefinition,
} from 'saas-mcp-runtime/contract';
import type { Origin } from '../diagnostics/diagnostic.js';

/** A reusable identifier kind (numeric user id, username, path...), declared once per integration. */
export interface IdentifierKind {
  key: string;
  /** Short noun phrase for descriptions and errors: "numeric Egnyte user id". */
  label: string;
  description: string;
  /** What it is easily confused with ("the username"), said in descriptions. */
  not?: string;
  /** Regular expression: `not` is said only of a refused value that matches it. */
  notWhen?: string;
  /** Tool that finds a value of this kind. */
  findWith?: string;
  schema: JsonSchema;
  origin: Origin;
}

export interface PublishSettings {
  npmScope: string;
  repository: string;
  /** `io.github.<owner>/<package>` for a GitHub repository unless the spec names it. */
  mcpName?: string;
}

export interface IntegrationModel {
  info: IntegrationInfo;
  /** Version and one-paragraph description of the generated package. */
  version: string;
  description: string;
  /** Where the package is published (npm scope, repository, MCP Registry name); unset: a private package. */
  publish?: PublishSettings;
  /** The article before the integration name in tool names. */
  article: 'a' | 'an';
  identifiers: ReadonlyMap<string, IdentifierKind>;
  filters: { tags?: readonly string[]; methods?: readonly string[] };
  budget: { maxTotalTokens?: number; maxToolTokens?: number };
  minDescriptionLength: number;
  /** `resource.method param.path` of nested body properties allowed to stay undocumented. */
  nestedDocumentationExceptions: readonly string[];
  origin: Origin;
}

export interface PathParamModel {
  /** Placeholder name in the path (the vendor's name). */
  name: string;
  flatName: string;
  identifier?: string;
  schema?: JsonSchema;
  description?: string;
  multiSegment: boolean;
  /** The value names something the call creates (a new folder's path): no "find one with" hint. */
  isNew?: boolean;
  origin: Origin;
}

export interface DocEntryModel {
  title?: string;
  description: string;
  querySchema?: JsonSchema;
  /** Documented request headers (never credentials). */
  headerSchema?: JsonSchema;
  bodySchema?: JsonSchema;
  bodyRequired: boolean;
  responseSchema?: JsonSchema;
  examples: readonly { description?: string; arguments: { [k: string]: JsonValue }; result?: JsonValue }[];
  origin: Origin;
}

/** A method as its resource file declares it, before the documentation gate. */
export interface DeclaredMethod {
  /** The key under `methods:` (list, get, add_members...). */
  key: string;
  kind: MethodKind;
  http: HttpMethod;
  path: string;
  toolName?: string;
  pathParams: readonly PathParamModel[];
  fixedQuery?: { [k: string]: string };
  fixedBody?: { [k: string]: JsonValue };
  /** As written; `$` is the whole answer. */
  responsePath?: string;
  pagination?: Pagination;
  bodyEncoding?: 'json' | 'form';
  partialFailure?: PartialFailure;
  annotations: { readOnly?: boolean; destructive?: boolean; idempotent?: boolean; openWorld?: boolean };
  origin: Origin;
}

/** A method past the documentation gate: the model holds no method without its documentation entry. */
export interface MethodModel extends DeclaredMethod {
  doc: DocEntryModel;
}

export interface ResourceModel<M extends DeclaredMethod = MethodModel> {
  name: string;
  singular: string;
  description?: string;
  tags: readonly string[];
  methods: readonly M[];
  origin: Origin;
}

/** A resource as declared, before the documentation gate. */
export type DeclaredResource = ResourceModel<DeclaredMethod>;

/** A method that does not become a tool, and why: printed and written to the skip report. */
export interface SkippedMethod {
  resource: string;
  method: string;
  reason: string;
}

export interface Model {
  integration: IntegrationModel;
  resources: readonly ResourceModel[];
  skipped: readonly SkippedMethod[];
}

/** A tool ready to emit: the runtime definition plus what emitters and reports need beside it. */
export interface ToolPlan {
  definition: ToolDefinition;
  examples: DocEntryModel['examples'];
  origin: Origin;
}

export interface Plan {
  integration: IntegrationModel;
  tools: readonly ToolPlan[];
  skipped: readonly SkippedMethod[];
}
