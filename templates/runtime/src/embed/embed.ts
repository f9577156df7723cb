/**
 * Embedding: the MCP server of one account inside the host's own HTTP app (or its own process),
 * configured in code (credentials, filters, expiry) instead of flags and environment variables.
 * Options are checked by the same rules as the command line, and a bad one throws at once.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createToolRuntime, type RuntimeOptions, type ServingScope, type ToolRuntime } from '../calls/runtime.js';
import type { ServerData } from '../data/tool-data.js';
import { checkFilter } from '../surface/filters.js';
import { sendRpcError } from '../transport/http/guards.js';
import { createMcpEndpoint, rateLimitHeaderHooks } from '../transport/http/mcp-endpoint.js';
import { missingAuthMessage, schemeVariables } from '../upstream/auth/schemes.js';
import { resolveCredentials, type UpstreamCredentials } from '../upstream/credentials.js';

export interface EmbedOptions extends RuntimeOptions {
  /** The upstream account: base URL (http or https) and bearer token. Never shown in results or logs. */
  credentials: UpstreamCredentials;
  /** Like `--methods`: `read`, `write`, `custom` or method names; a tool matching any passes. */
  methods?: string[];
  /** Like `--tags`: a tool with any listed tag passes. Methods and tags combine with AND. */
  tags?: string[];
  /** Like `--expires-at`: from this instant every list and call is refused. */
  expiresAt?: Date;
  /** Names this server in the audit log; the package name by default. */
  label?: string;
}

/** A runtime and the one scope it serves, built once and shared by every request. */
export interface EmbeddedServer {
  runtime: ToolRuntime;
  scope: ServingScope;
}

/**
 * A Node.js request handler serving stateless Streamable HTTP in both protocol eras (POST, JSON
 * answers), as `/mcp` does. Mount it on the path of your choice; pass `body` when a body parser
 * already consumed the request. `close()` when the app shuts down.
 */
export interface McpRequestHandler {
  (req: IncomingMessage, res: ServerResponse, body?: unknown): Promise<void>;
  close(): Promise<void>;
}

export function embedServer(data: ServerData, options: EmbedOptions): EmbeddedServer {
  const { integration } = data;
  const problems = checkFilter(data, { methods: options.methods, tags: options.tags });
  // The first auth scheme's variables, filled from the options (accessToken is its secret, account its user or client id).
  const env: Record<string, string | undefined> = { [integration.baseUrlEnv]: options.credentials.baseUrl };
  const byRole = {
    secret: options.credentials.accessToken,
    account: options.credentials.account,
    refresh: options.credentials.refreshToken,
  };
  for (const v of schemeVariables(integration.auth, integration.displayName)) {
    env[v.env] = byRole[v.role];
  }
  const credentials = resolveCredentials(integration, env);
  // The same URL and token rules as the environment, reported in the option names the caller used.
  if (!credentials.ok) {
    problems.push(
      `credentials: ${credentials.message.replace(missingAuthMessage(integration), 'accessToken is empty').replace(integration.baseUrlEnv, 'baseUrl')}`,
    );
  }
  if (options.expiresAt !== undefined && Number.isNaN(options.expiresAt.getTime())) {
    problems.push('expiresAt is not a valid date');
  }
  if (problems.length > 0) {
    throw new TypeError(`invalid ${integration.packageName} options: ${problems.join('; ')}`);
  }
  const scope: ServingScope = {
    label: options.label ?? integration.packageName,
    filter: { methods: options.methods, tags: options.tags },
    expiresAt: options.expiresAt,
    credentials,
  };
  return { runtime: createToolRuntime(data, options), scope };
}

export function createMcpHandler(data: ServerData, options: EmbedOptions): McpRequestHandler {
  const { runtime, scope } = embedServer(data, options);
  const endpoint = createMcpEndpoint(runtime);
  const handler = async (req: IncomingMessage, res: ServerResponse, body?: unknown): Promise<void> => {
    if (req.method !== 'POST') {
      return sendRpcError(res, 405, -32000, 'Method not allowed: this server is stateless; use POST', {
        allow: 'POST',
      });
    }
    await endpoint.serve(req, res, { scope, hooks: rateLimitHeaderHooks(res) }, body);
  };
  return Object.assign(handler, { close: () => endpoint.close() });
}
