/**
 * `saas-mcp-runtime/contract`: what the generator may import from the runtime (the data contract
 * of `tools.json` / `tools.gen.ts`, the auth schemes and how a tool is listed and validated), so
 * that generated data and the runtime that serves it agree by construction.
 */
export { validationSchema } from './calls/arguments/checks.js';
export type * from './data/tool-data.js';
export { DATA_CONTRACT, HOSTING_NAME, HOSTING_RANGE, RUNTIME_NAME, RUNTIME_VERSION } from './data/versions.js';
export { listedTool, modelFacing } from './surface/listing.js';
export { authSchemes, bearerScheme, schemeVariables } from './upstream/auth/schemes.js';
