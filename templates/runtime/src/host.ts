/**
 * `saas-mcp-runtime/host`: what the hosting layer (`saas-mcp-hosting`) builds on. Not for
 * integration packages or embedding hosts (they use the root entry); it may change in any minor
 * release together with the hosting package that peers with it.
 */
export type { AuditEntry, AuditSink } from './calls/audit.js';
export type { ServingScope } from './calls/runtime.js';
export type { ControlCommand } from './hosting/verbs-args.js';
export { isPlainObject } from './data/json-path.js';
export type { IntegrationInfo, OAuthInfo, ServerData } from './data/tool-data.js';
export type { CliIo, ControlPlaneHandle, DefaultAccountPlan, FrontDoorHandle, HostedRoute, HostingModule } from './hosting/contract.js';
export { deriveKeys, openText, parseSecrets, sealText, type SealKey } from './security/sealed.js';
export { checkFilter, selectTools, type ToolFilter } from './surface/filters.js';
export { DEFAULT_SURFACE, parseSurfaceConfig } from './surface/options.js';
export { hasValidApiToken, sendJson } from './transport/http/guards.js';
export { resolveBaseUrl, type Outcome, type UpstreamCredentials } from './upstream/credentials.js';
export { bearerScheme } from './upstream/auth/schemes.js';
export type { FetchFunction } from './upstream/client.js';
