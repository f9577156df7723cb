/**
 * The built server through the MCP Inspector CLI (@modelcontextprotocol/inspector 2.12), over stdio
 * and Streamable HTTP, against the Egnyte sandbox.
 *
 * What the Inspector CLI does (clients/cli/build/index.js, EXIT_CODES and emitResult):
 * - `--method tools/list` lints every tool's inputSchema/outputSchema for portability. Without
 *   --strict it prints a one-line count on stderr; with --strict it prints each finding
 *   ("Error: tool ..." / "Warning: tool ...", Path, Issue, Suggestion) and a closing summary line
 *   "<n> errors, <m> warnings across <k> tools." on stderr, and exits 6 (SCHEMA_UNPORTABLE) when
 *   any finding is error-severity. Warnings alone exit 0.
 * - `--format json` prints one object on stdout: { result, schemaFindings? } (schemaFindings only
 *   with --strict and when there are findings, each { toolName, findings: [{ rule, severity, ... }] }).
 * - Other exit codes: 1 usage/other error, 3 auth required, 4 unreachable, 5 a tools/call result
 *   with isError: true; failures also write a JSON { error: { code, message } } line on stderr.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { type HttpServerProcess, sandboxEnv, startHttpServer } from '../support/server.js';
import {
  binEntry,
  describeRun,
  inspectorStdioTarget,
  REPO,
  type RunResult,
  run,
  TEST_TIMEOUT_MS,
  toolsJsonCount,
} from './helpers.js';

const INSPECTOR = binEntry('@modelcontextprotocol/inspector', 'mcp-inspector');
const EXIT_SCHEMA_UNPORTABLE = 6;

interface Finding {
  rule?: string;
  severity: string;
  schema?: string;
  path?: string;
}
interface ToolsListEnvelope {
  result: { tools: { name: string; inputSchema: unknown }[] };
  schemaFindings?: { toolName: string; findings: Finding[] }[];
}
interface CallEnvelope {
  result: {
    isError?: boolean;
    content: { type: string; text?: string }[];
    structuredContent?: Record<string, unknown>;
  };
}

let sandbox: Sandbox;
let http: HttpServerProcess;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  http = await startHttpServer([], sandboxEnv(sandbox));
}, TEST_TIMEOUT_MS);

afterAll(async () => {
  await http?.close();
  await sandbox?.close();
});

function inspector(args: string[]): Promise<RunResult> {
  return run(process.execPath, [INSPECTOR, '--cli', ...args], { cwd: REPO });
}

function stdioTarget(): string[] {
  return inspectorStdioTarget(sandbox);
}

function httpTarget(): string[] {
  return ['--transport', 'http', '--server-url', http.mcpUrl];
}

/** The "<n> errors, <m> warnings across <k> tools." line that --strict ends its report with. */
function strictSummary(stderr: string): { errors: number; warnings: number } | undefined {
  const match = /^(\d+) errors?, (\d+) warnings? across \d+ tools?\.$/m.exec(stderr);
  return match ? { errors: Number(match[1]), warnings: Number(match[2]) } : undefined;
}

function expectToolsMatchPackage(tools: { name: string }[]): void {
  const expected = toolsJsonCount();
  expect(expected).toBeGreaterThan(0);
  expect(tools).toHaveLength(expected);
  expect(new Set(tools.map((tool) => tool.name)).size).toBe(expected);
}

/** Every finding, errors and warnings alike: the served schemas must lint clean. */
function allFindings(envelope: ToolsListEnvelope): string[] {
  return (envelope.schemaFindings ?? []).flatMap(({ toolName, findings }) =>
    findings.map((f) => `${f.severity} ${toolName}: ${f.schema}.${f.path} (${f.rule})`),
  );
}

function parseJson<T>(result: RunResult, label: string): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(`${label}: stdout is not JSON\n${describeRun(label, result)}`);
  }
}

describe('MCP Inspector CLI over stdio', () => {
  it(
    'tools/list --strict exits 0 with no schema finding at all (0 errors, 0 warnings) and every tool',
    async () => {
      const result = await inspector([...stdioTarget(), '--method', 'tools/list', '--strict']);
      const label = 'mcp-inspector --cli <stdio> --method tools/list --strict';
      expect(result.code, describeRun(label, result)).toBe(0);
      expect(result.code).not.toBe(EXIT_SCHEMA_UNPORTABLE);
      expect(result.stderr).not.toMatch(/^(Error|Warning): tool "/m);
      expect(result.stderr).not.toContain('schema_unportable');
      // The summary line appears only when there is at least one finding (warnings included).
      expect(strictSummary(result.stderr), result.stderr).toBeUndefined();
      const listed = parseJson<ToolsListEnvelope['result']>(result, label);
      expectToolsMatchPackage(listed.tools);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'tools/list --strict --format json carries no schemaFindings, errors or warnings',
    async () => {
      const result = await inspector([...stdioTarget(), '--method', 'tools/list', '--strict', '--format', 'json']);
      const label = 'mcp-inspector --cli <stdio> --method tools/list --strict --format json';
      expect(result.code, describeRun(label, result)).toBe(0);
      const envelope = parseJson<ToolsListEnvelope>(result, label);
      expect(allFindings(envelope)).toEqual([]);
      expectToolsMatchPackage(envelope.result.tools);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'tools/call list_all_egnyte_groups --tool-arg limit=5 returns a page from the sandbox',
    async () => {
      const result = await inspector([
        ...stdioTarget(),
        '--method',
        'tools/call',
        '--tool-name',
        'list_all_egnyte_groups',
        '--tool-arg',
        'limit=5',
        '--format',
        'json',
      ]);
      const label = 'mcp-inspector --cli <stdio> --method tools/call --tool-name list_all_egnyte_groups';
      expect(result.code, describeRun(label, result)).toBe(0);
      const { result: call } = parseJson<CallEnvelope>(result, label);
      expect(call.isError).not.toBe(true);
      const page = call.structuredContent as {
        data: { id: string; displayName: string }[];
        next_cursor: string | null;
      };
      expect(page.data).toHaveLength(5);
      for (const group of page.data) {
        expect(typeof group.displayName).toBe('string');
      }
      expect(typeof page.next_cursor).toBe('string');
      expect(JSON.parse(call.content[0]?.text ?? 'null')).toEqual(page);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'tools/call get_egnyte_current_user returns the token owner',
    async () => {
      const result = await inspector([
        ...stdioTarget(),
        '--method',
        'tools/call',
        '--tool-name',
        'get_egnyte_current_user',
        '--format',
        'json',
      ]);
      const label = 'mcp-inspector --cli <stdio> --method tools/call --tool-name get_egnyte_current_user';
      expect(result.code, describeRun(label, result)).toBe(0);
      const { result: call } = parseJson<CallEnvelope>(result, label);
      expect(call.isError).not.toBe(true);
      expect(call.structuredContent).toMatchObject({ username: 'admin' });
      // The upstream token never leaks into what the Inspector sees.
      expect(result.stdout).not.toContain(sandbox.token);
    },
    TEST_TIMEOUT_MS,
  );
});

describe('MCP Inspector CLI over Streamable HTTP', () => {
  it(
    'tools/list --strict exits 0 with no schema portability errors and every tool',
    async () => {
      const result = await inspector([...httpTarget(), '--method', 'tools/list', '--strict', '--format', 'json']);
      const label = `mcp-inspector --cli --transport http --server-url ${http.mcpUrl} --method tools/list --strict`;
      expect(result.code, describeRun(label, result)).toBe(0);
      expect(strictSummary(result.stderr), result.stderr).toBeUndefined();
      const envelope = parseJson<ToolsListEnvelope>(result, label);
      expect(allFindings(envelope)).toEqual([]);
      expectToolsMatchPackage(envelope.result.tools);
    },
    TEST_TIMEOUT_MS,
  );

  it.each([
    ['--tool-exposure', 'discovery'],
    ['--output-schema', 'off'],
  ])(
    'tools/list --strict is clean with %s %s too',
    async (flag, value) => {
      const result = await inspector([
        ...stdioTarget(),
        flag,
        value,
        '--method',
        'tools/list',
        '--strict',
        '--format',
        'json',
      ]);
      const label = `mcp-inspector --cli <stdio ${flag} ${value}> --method tools/list --strict --format json`;
      expect(result.code, describeRun(label, result)).toBe(0);
      const envelope = parseJson<ToolsListEnvelope>(result, label);
      expect(allFindings(envelope)).toEqual([]);
      if (flag === '--tool-exposure') {
        expect(envelope.result.tools.map((tool) => tool.name)).toEqual([
          'search_tools',
          'get_tool_schema',
          'call_tool',
        ]);
      } else {
        expect(envelope.result.tools.filter((tool) => 'outputSchema' in tool)).toEqual([]);
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'tools/call list_all_egnyte_groups returns a page from the sandbox',
    async () => {
      const result = await inspector([
        ...httpTarget(),
        '--method',
        'tools/call',
        '--tool-name',
        'list_all_egnyte_groups',
        '--tool-arg',
        'limit=2',
        '--format',
        'json',
      ]);
      const label = 'mcp-inspector --cli --transport http --method tools/call --tool-name list_all_egnyte_groups';
      expect(result.code, describeRun(label, result)).toBe(0);
      const { result: call } = parseJson<CallEnvelope>(result, label);
      expect(call.isError).not.toBe(true);
      expect((call.structuredContent as { data: unknown[] }).data).toHaveLength(2);
    },
    TEST_TIMEOUT_MS,
  );
});
