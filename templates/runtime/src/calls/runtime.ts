/**
 * The runtime built once at start-up from the generated data: compiled validators and settings.
 * It is immutable and shared by every MCP server instance the process creates.
 */

import type { Outcome } from '../data/outcome.js';
import type { ServerData } from '../data/tool-data.js';
import { checkDataContract } from '../data/versions.js';
import type { ToolFilter } from '../surface/filters.js';
import type { SurfaceOptions } from '../surface/options.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from '../upstream/body.js';
import type { FetchFunction } from '../upstream/client.js';
import type { UpstreamCredentials } from '../upstream/credentials.js';
import { validationSchema } from './arguments/checks.js';
import { type AuditSink, createAuditSink } from './audit.js';
import { createOutputFitter, type OutputFitter } from './output-fit.js';
import { compileToolValidators, createSchemaCompiler, type ToolValidators } from './validate.js';

export interface RuntimeOptions {
  /** Upstream request timeout; 30 s by default. */
  timeoutMs?: number;
  /** Size bound for the text of one list page; 100 kB by default. Other results may be 10 times larger. */
  maxResultBytes?: number;
  /** Cap on the decoded bytes read from one upstream answer; 10 MiB by default. */
  maxResponseBytes?: number;
  /** Secrets the process holds (API tokens, server secrets): redacted from every result. */
  secrets?: readonly string[];
  audit?: AuditSink;
  /** Vendor calls go through this function when given (an embedder's client, a test's observer); else Node's HTTP client. */
  fetch?: FetchFunction;
  now?: () => Date;
}

export interface ToolRuntime {
  data: ServerData;
  validators: ReadonlyMap<string, ToolValidators>;
  /** Per tool: turns a success payload into structuredContent its outputSchema accepts. */
  fitters: ReadonlyMap<string, OutputFitter>;
  timeoutMs: number;
  maxResultBytes: number;
  maxResponseBytes: number;
  secrets: readonly string[];
  audit: AuditSink;
  fetch?: FetchFunction;
  now: () => Date;
}

/** What one MCP server instance serves: a slice of the tools, whose credentials, until when. */
export interface ServingScope {
  /** Names the server in the audit log: the server name, or `token:<id>` for a sealed URL. */
  label: string;
  filter: ToolFilter;
  expiresAt?: Date;
  credentials: Outcome<UpstreamCredentials>;
  /** Stored OAuth accounts: fresh credentials after the upstream answered 401 (undefined: none). */
  renewCredentials?: () => Promise<Outcome<UpstreamCredentials> | undefined>;
  /** Long-lived sessions (legacy SSE) of a store-backed URL: false once the record is deleted or expired. */
  stillServed?: () => Promise<boolean>;
  /** Tool exposure and output schemas; all tools with output schemas when absent. */
  surface?: SurfaceOptions;
}

export function createToolRuntime(data: ServerData, options: RuntimeOptions = {}): ToolRuntime {
  const contract = checkDataContract(data);
  if (!contract.ok) {
    throw new Error(contract.message);
  }
  const ajv = createSchemaCompiler();
  const validators = new Map(
    data.tools.map((tool) => [tool.name, compileToolValidators(ajv, tool, () => validationSchema(tool))] as const),
  );
  return {
    data,
    validators,
    fitters: new Map(data.tools.map((tool) => [tool.name, createOutputFitter(ajv, tool.outputSchema)] as const)),
    timeoutMs: options.timeoutMs ?? 30_000,
    maxResultBytes: options.maxResultBytes ?? 100_000,
    maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    secrets: options.secrets ?? [],
    audit: options.audit ?? createAuditSink(),
    fetch: options.fetch,
    now: options.now ?? (() => new Date()),
  };
}

export function isExpired(scope: ServingScope, now: Date): boolean {
  return scope.expiresAt !== undefined && now.getTime() >= scope.expiresAt.getTime();
}
