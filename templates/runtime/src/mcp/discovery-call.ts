/**
 * The calls of discovery mode's meta-tools. `call_tool` runs the named tool through callTool, so
 * filters, validation, paging and the audit log are exactly those of a direct call; a tool the
 * filters hide is unknown.
 */
import { type CallToolResult, ProtocolError } from '@modelcontextprotocol/server';
import { callTool, findVisibleTool } from '../calls/call-tool.js';
import { isPlainObject } from '../data/json-path.js';
import { selectTools } from '../surface/filters.js';
import { listedTool } from '../surface/listing.js';
import { DEFAULT_SURFACE } from '../surface/options.js';
import { CALL_TOOL, DEFAULT_LIMIT, GET_TOOL_SCHEMA, MAX_LIMIT, SEARCH_TOOLS } from './discovery.js';

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
