/**
 * The MCP server for one scope, on the SDK's low-level `Server`: tools/list serves the selected
 * tools exactly as generated (raw JSON Schema, unchanged), tools/call runs them. In discovery mode
 * (discovery.ts) both go through the three meta-tools instead.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import { callTool, type CallHooks } from './call-tool.js';
import { selectTools } from './filters.js';
import { isExpired, type ServingScope, type ToolRuntime } from './runtime.js';
import { callDiscoveryTool, discoveryTools } from './discovery.js';
import { listedTool } from './listing.js';
import { DEFAULT_SURFACE } from './surface-options.js';

export function createServer(runtime: ToolRuntime, scope: ServingScope, hooks: CallHooks = {}): Server {
  const { integration } = runtime.data;
  const server = new Server(
    { name: integration.packageName, title: `${integration.displayName} MCP server`, version: runtime.data.version ?? '0.0.0' },
    { capabilities: { tools: { listChanged: false } } },
  );
  const surface = scope.surface ?? DEFAULT_SURFACE;
  const discovery = surface.toolExposure === 'discovery';
  const listed = discovery ? discoveryTools(runtime, scope) : selectTools(runtime.data.tools, scope.filter).map((tool) => listedTool(tool, surface));
  const call = discovery ? callDiscoveryTool : callTool;

  server.setRequestHandler(ListToolsRequestSchema, async () => {
    if (isExpired(scope, runtime.now())) {
      throw new McpError(ErrorCode.InvalidRequest, `this server's access expired at ${scope.expiresAt?.toISOString()}`);
    }
    return { tools: listed };
  });
  server.setRequestHandler(CallToolRequestSchema, async (request) =>
    call(runtime, scope, request.params.name, request.params.arguments ?? {}, hooks),
  );
  return server;
}
