// Generated from specs/egnyte and templates/runtime/server.ts by `npm run generate`. Do not edit: change the specs and regenerate.
/**
 * The MCP server for one scope, on the SDK's low-level `Server`: tools/list serves the selected
 * tools exactly as generated (raw JSON Schema, unchanged), tools/call runs them.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { ErrorCode, ListToolsRequestSchema, McpError, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { CallToolRequestKeepingArguments } from './call-request.js';
import { callTool, type CallHooks } from './call-tool.js';
import { selectTools } from './filters.js';
import { isExpired, type ServingScope, type ToolRuntime } from './runtime.js';
import type { ToolDefinition } from './tool-data.js';

function toListedTool(tool: ToolDefinition): Tool {
  const listed: Tool = {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: tool.inputSchema as Tool['inputSchema'],
    annotations: { ...tool.annotations },
  };
  if (tool.outputSchema) listed.outputSchema = tool.outputSchema as Tool['outputSchema'];
  return listed;
}

export function createServer(runtime: ToolRuntime, scope: ServingScope, hooks: CallHooks = {}): Server {
  const { integration } = runtime.data;
  const server = new Server(
    { name: integration.packageName, title: `${integration.displayName} MCP server`, version: runtime.data.version ?? '0.0.0' },
    { capabilities: { tools: { listChanged: false } } },
  );
  const listed = selectTools(runtime.data.tools, scope.filter).map(toListedTool);

  server.setRequestHandler(ListToolsRequestSchema, async () => {
    if (isExpired(scope, runtime.now())) {
      throw new McpError(ErrorCode.InvalidRequest, `this server's access expired at ${scope.expiresAt?.toISOString()}`);
    }
    return { tools: listed };
  });
  // extra.signal aborts when the client cancels or disconnects; the upstream fetch stops with it.
  server.setRequestHandler(CallToolRequestKeepingArguments, async (request, extra) =>
    callTool(runtime, scope, request.params.name, request.params.arguments ?? {}, { ...hooks, signal: extra.signal }),
  );
  return server;
}
