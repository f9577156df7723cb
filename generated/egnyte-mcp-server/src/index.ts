// Generated from specs/egnyte by `npm run generate`. Do not edit: change the specs and regenerate.
import { clientToolCaller, createMcpHandler as createRuntimeMcpHandler, localToolCaller, type EmbedOptions, type McpRequestHandler, type McpToolClient, type ToolCaller } from "saas-mcp-runtime";
import { serverData, type ToolInputs, type ToolOutputs } from "./tools.gen.js";
export { serverData } from "./tools.gen.js";
export type { ToolName, ToolInputs, ToolOutputs } from "./tools.gen.js";
export type * from "./types.gen.js";
export type { EmbedOptions, IntegrationInfo, McpRequestHandler, McpToolClient, ServerData, ToolDefinition, ToolErrorBody, UpstreamCredentials } from "saas-mcp-runtime";
export { ToolCallError } from "saas-mcp-runtime";
/** The tool list, exactly as tools/list serves it before filters. */
export const tools = serverData.tools;
/** `callTool(name, args)` with tool names, arguments and results checked by the compiler. */
export type TypedToolCaller = ToolCaller<ToolInputs, ToolOutputs>;

/** This MCP server for one account inside your own Node.js HTTP app: a `(req, res, body?)` handler serving stateless Streamable HTTP. */
export function createMcpHandler(options: EmbedOptions): McpRequestHandler {
  return createRuntimeMcpHandler(serverData, options);
}

/** Typed tool calls in this process, with the same filters, validation, paging, expiry and audit as over MCP. */
export function createToolCaller(options: EmbedOptions): TypedToolCaller {
  return localToolCaller<ToolInputs, ToolOutputs>(serverData, options);
}

/** Typed tool calls through a connected MCP client (an SDK `Client` over any transport). */
export function typedClient(client: McpToolClient): TypedToolCaller {
  return clientToolCaller<ToolInputs, ToolOutputs>(client);
}

export { main, createToolRuntime, createServer, startHttpServer } from "saas-mcp-runtime";
