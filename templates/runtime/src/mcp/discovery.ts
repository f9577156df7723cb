/**
 * Discovery mode (`--tool-exposure discovery`, design §4c): tools/list serves three meta-tools in
 * place of the full list. `call_tool` runs the named tool through callTool, so filters, validation,
 * paging and the audit log are exactly those of a direct call; a tool the filters hide is unknown.
 */
import { type CallToolResult, ProtocolError, type Tool } from '@modelcontextprotocol/server';
import { callTool, findVisibleTool } from '../calls/call-tool.js';
import type { ServingScope, ToolRuntime } from '../calls/runtime.js';
import { isPlainObject } from '../data/json-path.js';
import { selectTools } from '../surface/filters.js';
import { listedTool } from '../surface/listing.js';
import { DEFAULT_SURFACE } from '../surface/options.js';

export const SEARCH_TOOLS = 'search_tools';
export const GET_TOOL_SCHEMA = 'get_tool_schema';
export const CALL_TOOL = 'call_tool';
const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 20;

const closed = (properties: Tool['inputSchema']['properties'], required: string[]): Tool['inputSchema'] => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

/** The three meta-tools; call_tool's hints are those of the riskiest tool it can reach. */
export function discoveryTools(runtime: ToolRuntime, scope: ServingScope): Tool[] {
  const visible = selectTools(runtime.data.tools, scope.filter);
  const { displayName } = runtime.data.integration;
  const topics = [...new Set(visible.flatMap((tool) => tool.tags))].sort().join(', ');
  const read = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
  return [
    {
      name: SEARCH_TOOLS,
      title: `Search ${displayName} tools`,
      description: `Find ${displayName} tools (${topics}) for a task: names and descriptions, best match first. Then get_tool_schema for a tool's arguments and call_tool to run it.`,
      inputSchema: closed(
        {
          query: { type: 'string', minLength: 1, description: 'Words describing the task, e.g. "deactivate a user".' },
          limit: {
            type: 'integer',
            minimum: 1,
            maximum: MAX_LIMIT,
            description: `Most results to return (default ${DEFAULT_LIMIT}).`,
          },
        },
        ['query'],
      ),
      annotations: read,
    },
    {
      name: GET_TOOL_SCHEMA,
      title: 'Get tool schema',
      description: "Get one tool's full definition (description, inputSchema, annotations) by name.",
      inputSchema: closed({ name: { type: 'string', minLength: 1, description: 'Tool name from search_tools.' } }, [
        'name',
      ]),
      annotations: read,
    },
    {
      name: CALL_TOOL,
      title: `Call ${displayName} tool`,
      description: 'Run a tool by name; the result is the same as calling it directly.',
      inputSchema: closed(
        {
          name: { type: 'string', minLength: 1, description: 'Tool name from search_tools.' },
          arguments: { type: 'object', description: 'Arguments as its inputSchema describes; {} when it takes none.' },
        },
        ['name', 'arguments'],
      ),
      annotations: {
        readOnlyHint: visible.every((tool) => tool.annotations.readOnlyHint),
        destructiveHint: visible.some((tool) => tool.annotations.destructiveHint),
        idempotentHint: visible.every((tool) => tool.annotations.idempotentHint),
        openWorldHint: visible.some((tool) => tool.annotations.openWorldHint),
      },
    },
  ];
}

function answer(value: Record<string, unknown>, isError = false): CallToolResult {
  return {
    content: [{ type: 'text', text: JSON.stringify(value) }],
    structuredContent: value,
    ...(isError ? { isError } : {}),
  };
}

function refuse(error: string, message: string): CallToolResult {
  return answer({ error, message }, true);
}

const unknownTool = (name: unknown) =>
  refuse('unknown_tool', `Unknown tool: ${JSON.stringify(name)}; find one with ${SEARCH_TOOLS}`);

/** Runs one of the three meta-tools (callTool's signature); any other name is a protocol error, as for direct calls. */
export const callDiscoveryTool: typeof callTool = async (runtime, scope, name, args, hooks = {}) => {
  if (name === SEARCH_TOOLS) {
    const { query, limit = DEFAULT_LIMIT } = args;
    if (typeof query !== 'string' || query.trim() === '') {
      return refuse('invalid_arguments', 'query must be a non-empty string');
    }
    if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_LIMIT) {
      return refuse('invalid_arguments', `limit must be an integer from 1 to ${MAX_LIMIT}`);
    }
    const visible = selectTools(runtime.data.tools, scope.filter);
    // The search index (minisearch) loads on the first search, not with every server.
    const { searchTools } = await import('./tool-search.js');
    const found = searchTools(runtime, visible, query, limit as number);
    return answer({ results: found.map((tool) => ({ name: tool.name, description: tool.description })) });
  }
  if (name === GET_TOOL_SCHEMA) {
    const tool = typeof args.name === 'string' ? findVisibleTool(runtime, scope, args.name) : undefined;
    if (!tool) {
      return unknownTool(args.name);
    }
    return answer({ ...listedTool(tool, scope.surface ?? DEFAULT_SURFACE) });
  }
  if (name === CALL_TOOL) {
    if (typeof args.name !== 'string') {
      return refuse('invalid_arguments', 'name must be a tool name from search_tools');
    }
    const inner = args.arguments ?? {};
    if (!isPlainObject(inner)) {
      return refuse('invalid_arguments', 'arguments must be an object ({} when the tool takes none)');
    }
    try {
      return await callTool(runtime, scope, args.name, inner, hooks);
    } catch (error) {
      // callTool has already audited the refusal; the model gets it as a readable tool error.
      if (error instanceof ProtocolError) {
        return unknownTool(args.name);
      }
      throw error;
    }
  }
  // Anything else is unknown here: an empty method filter hides every tool, so callTool audits and refuses it.
  return callTool(runtime, { ...scope, filter: { methods: [] } }, name, args, hooks);
};
