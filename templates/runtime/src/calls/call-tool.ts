/**
 * One tools/call, start to finish: visibility, expiry, validation, the upstream request, and the
 * result or error. Every call leaves one audit line, whatever happens.
 */
import { type CallToolResult, ProtocolError, ProtocolErrorCode } from '@modelcontextprotocol/server';
import { readPath } from '../data/json-path.js';
import type { ToolDefinition } from '../data/tool-data.js';
import { redactCallResult } from '../security/redact-result.js';
import { isToolSelected } from '../surface/filters.js';
import { secretQueryParams, sendAuthorized } from '../upstream/auth/authorize.js';
import { type UpstreamResponse, vendorMessage } from '../upstream/client.js';
import type { UpstreamCredentials } from '../upstream/credentials.js';
import { withCauses } from '../upstream/error-causes.js';
import { type PagePlan, planPage, readPage } from '../upstream/paging/paginate.js';
import { isThrottled, type RateLimitFields, readRateLimit } from '../upstream/ratelimit.js';
import { buildRequest } from '../upstream/request.js';
import { argumentShapeProblems } from './arguments/guards.js';
import { normalizeArguments } from './arguments/normalize.js';
import type { AuditOutcome } from './audit.js';
import { safeToolName } from './audit.js';
import { boundListPage } from './list-result.js';
import type { OutputFitter } from './output-fit.js';
import { partialFailureError } from './partial-failure.js';
import { errorResult, type OutputCheck, successResult, type ToolError, toStructured } from './results.js';
import { isExpired, type ServingScope, type ToolRuntime } from './runtime.js';
import { errorInSuccess } from './success-errors.js';
import { describeProblems } from './validate.js';

export interface CallHooks {
  /** Called with the fields of a throttled answer, so HTTP can repeat them as response headers. */
  onRateLimited?: (fields: RateLimitFields) => void;
  /** Aborted when the client cancels the call or goes away; the upstream request is aborted with it. */
  signal?: AbortSignal;
}

interface Settled {
  result: CallToolResult;
  outcome: AuditOutcome;
  upstreamStatus: number | null;
}

export function findVisibleTool(runtime: ToolRuntime, scope: ServingScope, name: string): ToolDefinition | undefined {
  const tool = runtime.data.tools.find((candidate) => candidate.name === name);
  return tool && isToolSelected(tool, scope.filter) ? tool : undefined;
}

function successFromBody(
  tool: ToolDefinition,
  response: UpstreamResponse,
  runtime: ToolRuntime,
  check: OutputCheck,
  fit: OutputFitter | undefined,
  plan?: PagePlan,
  credentials?: UpstreamCredentials,
): Settled {
  const failed = (message: string): Settled => ({
    result: errorResult({ error: 'unexpected_response', message, status: response.status }, check),
    outcome: 'error',
    upstreamStatus: response.status,
  });
  // `text` is structured's JSON when already made; it stands only while the fitter keeps structured as is.
  const settled = (structured: Record<string, unknown>, text?: string): Settled => {
    const fitted = fit ? fit(structured) : structured;
    if (!fitted) {
      return failed('the answer cannot be shaped to the documented output schema');
    }
    return {
      result: successResult(fitted, fitted === structured ? text : undefined),
      outcome: 'ok',
      upstreamStatus: response.status,
    };
  };
  // Say what went wrong without echoing the body: it may hold other people's data.
  if (response.body === undefined && response.text.trim() !== '') {
    return failed(`the upstream API answered ${response.status} with a body that is not JSON`);
  }
  const pagination = tool.request.pagination;
  if (pagination && plan) {
    const body = response.status === 204 ? undefined : response.body;
    const context = {
      header: response.header,
      baseUrl: credentials?.baseUrl,
      secretParams: credentials ? secretQueryParams(runtime, credentials) : [],
    };
    const page = readPage(pagination, plan, body, tool.request.responsePath, context);
    if (!page.ok) {
      return failed(page.message);
    }
    const bounded = boundListPage(page.value, plan, runtime.maxResultBytes);
    return settled(
      bounded.truncationNote ? { ...bounded.value, note: bounded.truncationNote } : bounded.value,
      bounded.text,
    );
  }
  // An empty success (200/204 on a write) still answers something a model can read.
  let payload: unknown = { ok: true, status: response.status };
  if (response.body !== undefined) {
    payload = tool.request.responsePath ? (readPath(response.body, tool.request.responsePath) ?? null) : response.body;
  }
  // Only list pages can be cut at an item boundary; anything else far too large is refused.
  const text = JSON.stringify(payload);
  const size = Buffer.byteLength(text);
  if (size > runtime.maxResultBytes * 10) {
    const message = `the answer is ${Math.round(size / 1000)} kB, too large to return; narrow the request`;
    return {
      result: errorResult({ error: 'response_too_large', message }, check),
      outcome: 'error',
      upstreamStatus: response.status,
    };
  }
  const structured = toStructured(payload);
  return settled(structured, structured === payload ? text : undefined);
}

function upstreamFailure(
  response: UpstreamResponse,
  runtime: ToolRuntime,
  check: OutputCheck,
  hooks: CallHooks,
): Settled {
  const { rateLimit, errorMessagePaths, errorCauses } = runtime.data.integration;
  const upstreamStatus = response.status;
  if (isThrottled(rateLimit, response.status, response.header)) {
    const fields = readRateLimit(rateLimit, response.header, runtime.now());
    hooks.onRateLimited?.(fields);
    const retryAfter = fields['retry-after'];
    const when = retryAfter === null ? 'after a short wait' : `in ${retryAfter} second${retryAfter === 1 ? '' : 's'}`;
    const error: ToolError = {
      error: 'rate_limited',
      message: `${runtime.data.integration.displayName} rate limit reached; try again ${when} (this server never retries on its own)`,
      status: 429,
      ...(response.status !== 429 ? { upstream_status: response.status } : {}),
      ...fields,
    };
    return { result: errorResult(error, check), outcome: 'throttled', upstreamStatus };
  }
  const message =
    response.status >= 300 && response.status < 400
      ? `the upstream API redirected (${response.status}); redirects are not followed`
      : withCauses(vendorMessage(response, errorMessagePaths), response.body, errorCauses);
  const error: ToolError = { error: 'upstream_error', message, status: response.status };
  return { result: errorResult(error, check), outcome: 'error', upstreamStatus };
}

async function settle(
  runtime: ToolRuntime,
  scope: ServingScope,
  tool: ToolDefinition,
  rawArgs: Record<string, unknown>,
  hooks: CallHooks,
): Promise<Settled> {
  const validators = runtime.validators.get(tool.name);
  // With output schemas off (--output-schema off) any structuredContent is acceptable to a client.
  const outputOn = scope.surface?.outputSchema !== false;
  const check: OutputCheck = (value) => !outputOn || (validators?.matchesOutput(value) ?? true);
  const refuse = (error: ToolError, outcome: AuditOutcome): Settled => ({
    result: errorResult(error, check),
    outcome,
    upstreamStatus: null,
  });

  if (isExpired(scope, runtime.now())) {
    return refuse(
      { error: 'expired', message: `this server's access expired at ${scope.expiresAt?.toISOString()}` },
      'denied',
    );
  }
  if (scope.stillServed && !(await scope.stillServed())) {
    return refuse({ error: 'revoked', message: 'this server URL was revoked; ask for a new one' }, 'denied');
  }
  // Shape first: a value nested thousands deep or with a lone surrogate is refused before ajv sees it.
  const shapeProblems = argumentShapeProblems(rawArgs);
  const args = shapeProblems.length > 0 ? rawArgs : normalizeArguments(rawArgs, tool.inputSchema);
  const problems = shapeProblems.length > 0 ? shapeProblems : (validators?.checkArguments(args) ?? []);
  if (problems.length > 0) {
    return refuse(
      { error: 'invalid_arguments', message: `Invalid arguments: ${describeProblems(problems)}.`, problems },
      'invalid',
    );
  }
  if (!scope.credentials.ok) {
    return refuse(
      { error: 'not_configured', message: `the server has no upstream credentials: ${scope.credentials.message}` },
      'error',
    );
  }
  let plan: PagePlan | undefined;
  if (tool.request.pagination) {
    const planned = planPage(tool.request.pagination, tool.name, args);
    if (!planned.ok) {
      return refuse({ error: 'invalid_cursor', message: planned.message }, 'invalid');
    }
    plan = planned.value;
  }
  const request = buildRequest(tool, args, scope.credentials.value, plan?.paging);
  if (!request.ok) {
    return refuse({ error: 'invalid_arguments', message: `Invalid arguments: ${request.message}.` }, 'invalid');
  }
  const sendOptions = {
    timeoutMs: runtime.timeoutMs,
    maxResponseBytes: runtime.maxResponseBytes,
    signal: hooks.signal,
  };
  let sent = await sendAuthorized(runtime, scope.credentials.value, request.value, sendOptions);
  // A 401 means the upstream did nothing: with a refreshed account token the call is sent once more.
  if (sent.ok && sent.response.status === 401 && scope.renewCredentials) {
    const renewed = await scope.renewCredentials();
    const again = renewed?.ok ? buildRequest(tool, args, renewed.value, plan?.paging) : undefined;
    if (renewed?.ok && again?.ok) {
      sent = await sendAuthorized(runtime, renewed.value, again.value, sendOptions);
    }
  }
  if (!sent.ok) {
    return refuse({ error: sent.kind, message: sent.message }, 'error');
  }
  const { response } = sent;
  const fit = outputOn ? runtime.fitters.get(tool.name) : undefined;
  const partial = partialFailureError(tool.request.partialFailure, response.status, response.body);
  if (partial) {
    return { result: errorResult(partial, check), outcome: 'error', upstreamStatus: response.status };
  }
  const inBody =
    response.status >= 200 && response.status < 300 ? errorInSuccess(response, runtime.data.integration) : undefined;
  if (inBody) {
    return { result: errorResult(inBody, check), outcome: 'error', upstreamStatus: response.status };
  }
  if (response.status >= 200 && response.status < 300) {
    return successFromBody(tool, response, runtime, check, fit, plan, scope.credentials.value);
  }
  return upstreamFailure(response, runtime, check, hooks);
}

/** Runs a tools/call. A hidden or unknown tool is a protocol error, identical in both cases. */
export async function callTool(
  runtime: ToolRuntime,
  scope: ServingScope,
  name: string,
  args: Record<string, unknown>,
  hooks: CallHooks = {},
): Promise<CallToolResult> {
  const started = Date.now();
  const tool = findVisibleTool(runtime, scope, name);
  const record = (outcome: AuditOutcome, upstreamStatus: number | null) =>
    runtime.audit({
      time: runtime.now().toISOString(),
      server: scope.label,
      tool: safeToolName(name),
      outcome,
      upstream_status: upstreamStatus,
      duration_ms: Date.now() - started,
    });
  if (!tool) {
    record('denied', null);
    throw new ProtocolError(ProtocolErrorCode.InvalidParams, `Unknown tool: ${safeToolName(name)}`);
  }
  let settled: Settled;
  try {
    settled = await settle(runtime, scope, tool, args, hooks);
  } catch (error) {
    record('error', null); // a call that reached the handler always leaves its audit line
    throw error;
  }
  record(settled.outcome, settled.upstreamStatus);
  // Every secret this call could know; on errors, Authorization-looking values too (upstream text).
  const held = scope.credentials.ok
    ? [scope.credentials.value.accessToken, scope.credentials.value.refreshToken ?? ''].filter(Boolean)
    : [];
  return redactCallResult(settled.result, [...runtime.secrets, ...held], settled.result.isError === true);
}
