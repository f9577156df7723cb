/**
 * The public entry of the runtime package: what generated integration packages (and hosts that
 * embed them) import. Everything else in this folder is internal to the runtime.
 */
export { callTool, type CallHooks } from './calls/call-tool.js';
export { main, type CliIo } from './cli/main.js';
export type { UpstreamCredentials } from './upstream/credentials.js';
export { createMcpHandler, embedServer, type EmbedOptions, type EmbeddedServer, type McpRequestHandler } from './embed/embed.js';
export type { ToolFilter } from './surface/filters.js';
export { startHttpServer, type HttpOptions, type RunningHttpServer } from './transport/http/server.js';
export { createToolRuntime, type RuntimeOptions, type ServingScope, type ToolRuntime } from './calls/runtime.js';
export { createServer } from './mcp/server.js';
export type { IntegrationInfo, JsonSchema, JsonValue, ServerData, ToolDefinition } from './data/tool-data.js';
export {
  ToolCallError,
  clientToolCaller,
  localToolCaller,
  unwrapToolResult,
  type McpToolClient,
  type ToolCaller,
  type ToolErrorBody,
  type ToolOutput,
} from './embed/tool-caller.js';
export { DATA_CONTRACT, RUNTIME_NAME, RUNTIME_VERSION, checkDataContract, versionText } from './data/versions.js';
