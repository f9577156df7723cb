/**
 * Typed tool calls. `ToolCaller<Inputs, Outputs>` is instantiated by each generated package with
 * its `ToolInputs`/`ToolOutputs`, so tool names, arguments and results are checked by the compiler.
 * Two ways to get one: in this process (no MCP round trip), or over any connected MCP client.
 */
import { callTool } from '../calls/call-tool.js';
import type { ServerData } from '../data/tool-data.js';
import { type EmbedOptions, embedServer } from './embed.js';

/** A tool's structured result type, or `unknown` for a tool without an output schema. */
export type ToolOutput<Outputs, Name> = Name extends keyof Outputs ? Outputs[Name] : unknown;

export interface ToolCaller<Inputs, Outputs> {
  /** Resolves to the tool's `structuredContent`; a tool error rejects with a `ToolCallError`. */
  callTool<Name extends keyof Inputs & string>(name: Name, args: Inputs[Name]): Promise<ToolOutput<Outputs, Name>>;
}

/** What a tool error result says (`content[0].text`): `error` is a code such as `invalid_arguments`, `rate_limited`. */
export interface ToolErrorBody {
  error: string;
  message: string;
  status?: number;
  [field: string]: unknown;
}

export class ToolCallError extends Error {
  constructor(
    readonly tool: string,
    readonly body: ToolErrorBody,
    /** The whole MCP result, for anything the body does not say. */
    readonly result: unknown,
  ) {
    super(`${tool}: ${body.message}`);
    this.name = 'ToolCallError';
  }
}

/** The part of an MCP client this needs: SDK `Client` instances of either major version fit. */
export interface McpToolClient {
  callTool(params: { name: string; arguments?: Record<string, unknown> }): Promise<unknown>;
}

interface ResultLike {
  isError?: boolean;
  structuredContent?: unknown;
  content?: Array<{ type: string; text?: string }>;
}

function errorBody(result: ResultLike): ToolErrorBody {
  const text = result.content?.find((block) => block.type === 'text')?.text ?? '';
  try {
    const parsed = JSON.parse(text) as Partial<ToolErrorBody>;
    if (typeof parsed.error === 'string' && typeof parsed.message === 'string') {
      return parsed as ToolErrorBody;
    }
  } catch {
    // Not this runtime's JSON error: fall through and keep the text as the message.
  }
  return { error: 'tool_error', message: text || 'the tool failed without saying why' };
}

/** A tools/call result -> the typed value, or a ToolCallError (an error result, or one without structured content). */
export function unwrapToolResult(tool: string, result: unknown): unknown {
  const r = result as ResultLike;
  if (r.isError) {
    throw new ToolCallError(tool, errorBody(r), result);
  }
  if (r.structuredContent === undefined) {
    throw new ToolCallError(
      tool,
      {
        error: 'unexpected_response',
        message: 'the result carries no structured content (it did not match the output schema)',
      },
      result,
    );
  }
  return r.structuredContent;
}

// Tool inputs are interfaces without index signatures; the arguments object is the same value.
const asArguments = (args: unknown): Record<string, unknown> => args as Record<string, unknown>;

export function clientToolCaller<Inputs, Outputs>(client: McpToolClient): ToolCaller<Inputs, Outputs> {
  return {
    async callTool(name, args) {
      return unwrapToolResult(name, await client.callTool({ name, arguments: asArguments(args) })) as never;
    },
  };
}

/** Calls run here, with the same filters, validation, paging, expiry and audit as over MCP. */
export function localToolCaller<Inputs, Outputs>(data: ServerData, options: EmbedOptions): ToolCaller<Inputs, Outputs> {
  const { runtime, scope } = embedServer(data, options);
  return {
    async callTool(name, args) {
      return unwrapToolResult(name, await callTool(runtime, scope, name, asArguments(args))) as never;
    },
  };
}
