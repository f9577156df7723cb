/**
 * The public entry of the runtime package: what generated integration packages (and hosts that
 * embed them) import. Everything else in this folder is internal to the runtime.
 */
export { callTool, type CallHooks } from './call-tool.js';
export { main, type CliIo } from './cli.js';
export type { UpstreamCredentials } from './credentials.js';
export { createMcpHandler, embedServer, type EmbedOptions, type EmbeddedServer, type McpRequestHandler } from './embed.js';
export type { ToolFilter } from './filters.js';
export { startHttpServer, type HttpOptions, type RunningHttpServer } from './http.js';
export { createToolRuntime, type RuntimeOptions, type ServingScope, type ToolRuntime } from './runtime.js';
export { createServer } from './server.js';
export type { IntegrationInfo, JsonSchema, JsonValue, ServerData, ToolDefinition } from './tool-data.js';
export {
  ToolCallError,
  clientToolCaller,
  localToolCaller,
  unwrapToolResult,
  type McpToolClient,
  type ToolCaller,
  type ToolErrorBody,
  type ToolOutput,
} from './tool-caller.js';
export { DATA_CONTRACT, RUNTIME_NAME, RUNTIME_VERSION, checkDataContract, versionText } from './versions.js';
