/**
 * Discovery mode (`--tool-exposure discovery`, design §4c): tools/list serves three meta-tools in
 * place of the full list (their calls: discovery-call.ts).
 */
import type { Tool } from '@modelcontextprotocol/server';
import type { ServingScope, ToolRuntime } from '../calls/runtime.js';
import { selectTools } from '../surface/filters.js';

export const SEARCH_TOOLS = 'search_tools';
export const GET_TOOL_SCHEMA = 'get_tool_schema';
export const CALL_TOOL = 'call_tool';
export const DEFAULT_LIMIT = 5;
export const MAX_LIMIT = 20;

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
