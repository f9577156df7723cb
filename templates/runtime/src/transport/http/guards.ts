/**
 * Request checks that run before any MCP handling: Host and Origin against DNS rebinding when bound
 * to loopback, and API bearer tokens compared in constant time.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchesAnySecret } from '../../security/secrets.js';

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** The host name of a Host header or Origin host (`[::1]:3000` -> `[::1]`). */
function hostName(hostAndPort: string): string {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostAndPort.toLowerCase());
  return match?.[1] ?? '';
}

/**
 * When the server listens on loopback, only loopback Host names on our port are accepted, and a
 * browser Origin only when it is this server's own (loopback, same port) or listed in
 * `allowedOrigins`: a rebound DNS name, or a page served by another local port, is refused.
 */
export function isAllowedHostAndOrigin(
  req: IncomingMessage,
  boundHost: string,
  port: number,
  allowedOrigins: readonly string[] = [],
  allowedHosts: readonly string[] = [],
): boolean {
  if (allowedHosts.length > 0 && isAllowedProxiedHost(req, allowedHosts)) {
    return true;
  }
  if (!isLoopbackHost(boundHost)) {
    return allowedHosts.length === 0;
  }
  const host = req.headers.host ?? '';
  const portMatch = /:(\d+)$/.exec(host.replace(/^\[[^\]]+\]/, ''));
  if (!LOOPBACK_NAMES.has(hostName(host)) || (portMatch && Number(portMatch[1]) !== port)) {
    return false;
  }
  const origin = req.headers.origin;
  if (origin === undefined) {
    return true;
  }
  if (origin === 'null') {
    return false;
  }
  try {
    const url = new URL(origin);
    if (allowedOrigins.includes(url.origin)) {
      return true;
    }
    const originPort = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_NAMES.has(url.hostname) && originPort === port
    );
  } catch {
    return false;
  }
}

/** `--allowed-hosts`: the Host name (any port) is listed, and so is the Origin's host when one is sent. */
function isAllowedProxiedHost(req: IncomingMessage, allowedHosts: readonly string[]): boolean {
  const listed = (name: string) => allowedHosts.some((allowed) => allowed.toLowerCase() === name);
  if (!listed(hostName(req.headers.host ?? ''))) {
    return false;
  }
  const origin = req.headers.origin;
  if (origin === undefined) {
    return true;
  }
  try {
    return listed(new URL(origin).hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** MCP_ALLOWED_ORIGINS: comma-separated origins (`https://app.example.com`), normalised by URL. */
export function parseAllowedOrigins(text: string | undefined): { origins: string[]; problems: string[] } {
  const origins: string[] = [];
  const problems: string[] = [];
  for (const item of (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    let url: URL | undefined;
    try {
      url = new URL(item);
    } catch {
      url = undefined;
    }
    if (url && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === item.replace(/\/$/, '')) {
      origins.push(url.origin);
    } else {
      problems.push(
        `MCP_ALLOWED_ORIGINS: "${item}" is not an origin such as https://app.example.com (scheme, host and optional port only)`,
      );
    }
  }
  return { origins, problems };
}

/** Splits MCP_API_TOKENS (comma-separated). */
export function parseApiTokens(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token !== '');
}

/** True when the request carries `Authorization: Bearer <one of the tokens>`; hashes keep the compare constant-time. */
export function hasValidApiToken(req: IncomingMessage, tokens: readonly string[]): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!match?.[1]) {
    return false;
  }
  return matchesAnySecret(match[1], tokens);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/**
 * An answer decided before any MCP handling (a refusal, a failure). Written to the Node response
 * here, or handed back as a web Response from inside the SDK adapter (mcp-endpoint.ts).
 */
export interface JsonAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function sendAnswer(res: ServerResponse, answer: JsonAnswer): void {
  sendJson(res, answer.status, answer.body, answer.headers);
}

/** A JSON-RPC error body outside any request (id null), the shape MCP clients expect from HTTP errors. */
export function rpcErrorAnswer(
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): JsonAnswer {
  return { status, body: { jsonrpc: '2.0', error: { code, message }, id: null }, headers };
}

export function sendRpcError(
  res: ServerResponse,
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendAnswer(res, rpcErrorAnswer(status, code, message, headers));
}
