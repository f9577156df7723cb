/**
 * Fuzzing every Egnyte tool with fast-check: at least 10,000 generated argument sets through the
 * real MCP server (SDK v2 Client over an in-memory transport, behind the same JSON-RPC message checks
 * stdio and HTTP apply to their frames) against the sandbox. Properties: an
 * argument set the schema refuses never reaches the sandbox and is answered invalid_arguments (or
 * -32602); no call ends in an internal error; every call leaves exactly one audit line.
 * FUZZ_SEED and FUZZ_RUNS_PER_TOOL change the run (the seed is printed on failure).
 */
import { Client } from '@modelcontextprotocol/client';
import { InMemoryTransport, ProtocolError } from '@modelcontextprotocol/server';
import type { ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { createServer, createToolRuntime } from 'saas-mcp-runtime';
import type { AuditEntry } from 'saas-mcp-runtime/host';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverData } from '../../generated/egnyte-mcp-server/src/tools.gen.js';
import { normalizeArguments } from '../../templates/runtime/src/calls/arguments/normalize.js';
import { createSchemaCompiler } from '../../templates/runtime/src/calls/validate.js';
import { guardMessages } from '../../templates/runtime/src/transport/message-guard.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { observedFetch } from '../support/observed-fetch.js';
import { toolArguments } from './fuzz-arbitraries.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const RUNS_PER_TOOL = Number(process.env.FUZZ_RUNS_PER_TOOL ?? 250);

let sandbox: Sandbox;
let client: Client;
const audit: AuditEntry[] = [];
/** What the runtime sends upstream, counted (invalid arguments must send nothing). */
const upstream = observedFetch();
let calls = 0;
const outcomes = new Map<string, number>();

/** The oracle: an ajv of its own (not the runtime's) plus the documented input bounds. */
const oracleAjv = createSchemaCompiler();
const oracles = new Map<string, ValidateFunction>(
  serverData.tools.map((tool) => [tool.name, oracleAjv.compile(tool.inputSchema)]),
);

function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) {
      continue;
    }
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(current)) {
      stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** Well-formed JSON.stringify writes a lone surrogate (in a key or a value) as a \\udxxx escape, and only then. */
function hasLoneSurrogate(value: unknown): boolean {
  return /\\ud[89a-f][0-9a-f]{2}/i.test(JSON.stringify(value) ?? '');
}

function isValid(tool: string, args: Record<string, unknown>): boolean {
  if (Object.values(args).some((value) => depthOf(value) > 63)) {
    return false;
  }
  if (hasLoneSurrogate(args)) {
    return false;
  }
  // What the runtime validates: the arguments as read (integers written as text, null for "not given").
  const definition = serverData.tools.find((candidate) => candidate.name === tool);
  return definition !== undefined && oracles.get(tool)?.(normalizeArguments(args, definition.inputSchema)) === true;
}

beforeAll(async () => {
  sandbox = await startSandbox();
  const runtime = createToolRuntime(serverData, {
    audit: (entry) => audit.push(entry),
    timeoutMs: 10_000,
    fetch: upstream.fetch,
  });
  const scope = {
    label: 'fuzz',
    filter: {},
    credentials: { ok: true as const, value: { baseUrl: sandbox.baseUrl, accessToken: sandbox.token } },
  };
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createServer(runtime, scope).connect(guardMessages(serverSide));
  client = new Client({ name: 'fuzz', version: '1.0.0' });
  await client.connect(clientSide);
});
afterAll(async () => {
  await client?.close();
  await sandbox?.close();
  console.log(
    `fuzz: ${calls} argument sets, seed ${SEED}, outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}, upstream requests ${upstream.exchanges.length}`,
  );
});

async function checkOneCall(tool: string, args: Record<string, unknown>): Promise<void> {
  calls++;
  const valid = isValid(tool, args);
  const sentBefore = upstream.exchanges.length;
  const auditedBefore = audit.length;
  let outcome: string;
  try {
    const result = await client.callTool({ name: tool, arguments: args });
    const first = (result.content as Array<{ text?: string }>)[0]?.text ?? '';
    outcome = result.isError ? String((JSON.parse(first) as { error?: string }).error) : 'ok';
  } catch (error) {
    if (!(error instanceof ProtocolError) || error.code !== -32602) {
      throw error; // anything else is an internal error
    }
    outcome = 'protocol:-32602';
  }
  outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
  const sent = upstream.exchanges.length - sentBefore;
  if (!valid) {
    expect(sent, `invalid arguments reached the sandbox: ${tool}`).toBe(0);
    expect(['invalid_arguments', 'protocol:-32602']).toContain(outcome);
  }
  if (outcome === 'invalid_arguments' || outcome === 'invalid_cursor') {
    expect(sent).toBe(0);
  }
  expect(audit.length - auditedBefore).toBe(outcome === 'protocol:-32602' ? 0 : 1);
}

describe('fuzzed tools/call over every tool', () => {
  // Each tool's test checks its own runs, so the suite holds in any order or one tool alone.
  it.each(serverData.tools.map((tool) => [tool.name, tool] as const))('%s', async (name, tool) => {
    const before = calls;
    await fc.assert(
      fc.asyncProperty(toolArguments(tool), (args) => checkOneCall(name, args)),
      { numRuns: RUNS_PER_TOOL, seed: SEED, endOnFailure: true },
    );
    expect(calls - before).toBe(RUNS_PER_TOOL);
    expect(sandbox.internalErrors ?? []).toEqual([]);
  });

  it(`runs at least ${serverData.tools.length * RUNS_PER_TOOL} argument sets in all (${RUNS_PER_TOOL} a tool), and the sandbox saw no internal error`, () => {
    expect(serverData.tools.length * RUNS_PER_TOOL).toBeGreaterThanOrEqual(10_000);
    expect(sandbox.internalErrors ?? []).toEqual([]);
  });
});
