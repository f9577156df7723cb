// Generated from test/fixtures/specs/octo by `npm run generate`. Do not edit: change the specs and regenerate.
export { serverData } from "./tools.gen.js";
export type { ToolName, ToolInputs, ToolOutputs } from "./tools.gen.js";
export type * from "./types.gen.js";
export type { ServerData, ToolDefinition, IntegrationInfo } from "./runtime/tool-data.js";
import { serverData } from "./tools.gen.js";
/** The tool list, exactly as tools/list serves it before filters. */
export const tools = serverData.tools;
export { main } from "./runtime/cli.js";
export { createToolRuntime } from "./runtime/runtime.js";
export { createServer } from "./runtime/server.js";
export { startHttpServer } from "./runtime/http.js";
