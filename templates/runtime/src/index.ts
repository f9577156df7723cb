/**
 * The public entry of the runtime package: what generated integration packages (and hosts that
 * embed them) import. Everything else in this folder is internal to the runtime.
 */
export { type CallHooks, callTool } from './calls/call-tool.js';
export { createToolRuntime, type RuntimeOptions, type ServingScope, type ToolRuntime } from './calls/runtime.js';
export { type CliIo, main } from './cli/main.js';
export type { IntegrationInfo, JsonSchema, JsonValue, ServerData, ToolDefinition } from './data/tool-data.js';
export { checkDataContract, DATA_CONTRACT, RUNTIME_NAME, RUNTIME_VERSION, versionText } from './data/versions.js';
export {
  createMcpHandler,
  type EmbeddedServer,
  type EmbedOptions,
  embedServer,
  type McpRequestHandler,
} from './embed/embed.js';
export {
  clientToolCaller,
  localToolCaller,
  type McpToolClient,
  ToolCallError,
  type ToolCaller,
  type ToolErrorBody,
  type ToolOutput,
  unwrapToolResult,
} from './embed/tool-caller.js';
export { createServer } from './mcp/server.js';
export type { ToolFilter } from './surface/filters.js';
export { type HttpOptions, type RunningHttpServer, startHttpServer } from './transport/http/server.js';
export type { UpstreamCredentials } from './upstream/credentials.js';
