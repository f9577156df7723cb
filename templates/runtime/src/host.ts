/**
 * `saas-mcp-runtime/host`: what the hosting layer (`saas-mcp-hosting`) builds on. Not for
 * integration packages or embedding hosts (they use the root entry); it may change in any minor
 * release together with the hosting package that peers with it.
 */
export type { AuditEntry, AuditSink } from './calls/audit.js';
export type { ServingScope } from './calls/runtime.js';
export { setBounded } from './data/bounded-map.js';
export { isRealCalendarTime } from './data/iso-time.js';
export { isPlainObject, isStringList } from './data/json-path.js';
export type { IntegrationInfo, OAuthInfo, ServerData } from './data/tool-data.js';
export type {
  CliIo,
  ControlPlaneHandle,
  ControlSettings,
  DefaultAccountPlan,
  FrontDoorHandle,
  HostedRoute,
  HostingModule,
  HostingSettingsInput,
  StoreOps,
} from './hosting/contract.js';
export type { ControlCommand } from './hosting/verbs-args.js';
export type { Logger } from './ops/log.js';
export { refusalId, serverErrorId } from './ops/request-context.js';
export { DEFAULT_STORE_TIMEOUT_MS, StoreUnavailableError } from './ops/store-unavailable.js';
export { deriveKeys, openText, parseSecrets, type SealKey, sealText } from './security/sealed.js';
export { constantTimeEqual, hashSecret, matchesAnySecret, randomId, randomToken } from './security/secrets.js';
export { checkFilter, selectTools, type ToolFilter } from './surface/filters.js';
export { DEFAULT_SURFACE, parseSurfaceConfig } from './surface/options.js';
export { type BodyRead, readLimitedBody } from './transport/http/body.js';
export { hasValidApiToken, sendJson } from './transport/http/guards.js';
export { adminTokenGuard, type HttpRoute, pathSegments, type RouteGuard } from './transport/http/routes.js';
export { adminFailure } from './transport/http/serving.js';
export { bearerScheme } from './upstream/auth/schemes.js';
export { postTokenRequest, type TokenAnswer, tokenErrorCode } from './upstream/auth/token-endpoint.js';
export type { FetchFunction } from './upstream/client.js';
export { type Outcome, resolveBaseUrl, type UpstreamCredentials } from './upstream/credentials.js';
