/**
 * What `/mcp` serves on this bind, and the startup lines that say so. A default account (the
 * EGNYTE_* settings) on a non-loopback bind is served only behind an API token, or when the
 * operator says in so many words that it may be served unauthenticated.
 */
import type { Outcome } from '../data/outcome.js';
import type { DefaultAccountPlan } from '../hosting/contract.js';
import { isLoopbackHost } from '../transport/http/guards.js';
import type { UpstreamCredentials } from '../upstream/credentials.js';

export type { DefaultAccountPlan };

export function planDefaultAccount(options: {
  host: string;
  credentials: Outcome<UpstreamCredentials>;
  requireApiToken: boolean;
  allowUnauthenticatedDefault: boolean;
  toolCount: number;
}): DefaultAccountPlan {
  const { credentials } = options;
  if (!credentials.ok) {
    return {
      refusal: {
        status: 404,
        message: 'Not found: this server has no default account; use a server URL (/mcp/<token>)',
      },
      line: '/mcp: no default account (no upstream settings): lists no tools, answers 404',
    };
  }
  const where = `default account at ${credentials.value.baseUrl}, ${options.toolCount} tools`;
  if (options.requireApiToken) {
    return { line: `/mcp: ${where}, API token required` };
  }
  if (isLoopbackHost(options.host)) {
    return { line: `/mcp: ${where}, loopback only, no API token` };
  }
  if (options.allowUnauthenticatedDefault) {
    return { line: `/mcp: ${where}, UNAUTHENTICATED on ${options.host} (--allow-unauthenticated-default)` };
  }
  return {
    refusal: {
      status: 401,
      message: 'Unauthorized: the default account is not served on a public bind without --require-api-token',
    },
    line: `/mcp: default account NOT served: ${options.host} is not loopback; add --require-api-token (or --allow-unauthenticated-default to serve it to anyone)`,
  };
}
