/** The `--help` text, built from the integration so names and variables are always the real ones. */

import type { ServerData } from '../data/tool-data.js';
import { authSchemes, bearerScheme, schemeVariables } from '../upstream/auth/schemes.js';

/** `--domain` only where the base URL has exactly one variable to fill (the admin API's rule); else a full URL. */
export function accountLocation(data: ServerData): string {
  const variables = Object.keys(data.integration.baseUrlVariables);
  const [only, ...others] = variables;
  return only !== undefined && others.length === 0
    ? `(--domain ${only.toUpperCase()} | --base-url URL)`
    : '--base-url URL';
}

export function usageText(data: ServerData): string {
  const { integration } = data;
  const bin = integration.packageName;
  const bearer = bearerScheme(integration);
  const oauth = bearer?.oauth;
  const variables = Object.values(integration.baseUrlVariables).map((variable) => [variable.env, variable.description]);
  const settings: Array<[string, string]> = [
    ...(variables as Array<[string, string]>),
    [integration.baseUrlEnv, `full base URL instead (e.g. a sandbox: http://127.0.0.1:4010)`],
    ...authSchemes(integration).flatMap((scheme, index) =>
      schemeVariables(scheme, integration.displayName).map((v): [string, string] => [
        v.env,
        index > 0 ? `or: ${v.meaning}` : v.meaning,
      ]),
    ),
    ['MCP_SERVER_SECRET', 'key (16+ characters) that seals and opens server-URL tokens (mint-url, /mcp/<token>);'],
    ['', 'comma-separate several to rotate keys: the first seals, all open'],
    ['MCP_API_TOKENS', 'comma-separated API tokens accepted when --require-api-token is on'],
    ['MCP_AUDIT_LOG', 'file to append the audit log to (default: stderr)'],
    ['MCP_STORE_URL', 'the store, as --store: sqlite:PATH or postgres://user@host/db'],
    ['MCP_ADMIN_TOKENS', 'comma-separated admin tokens for the admin API (/integrated-account, /api-token)'],
    ['MCP_PUBLIC_URL', 'external base URL (https://mcp.example.com) for returned server URLs and OAuth redirects'],
    ...(oauth
      ? ([
          [oauth.clientIdEnv, `${integration.displayName} OAuth app client id (connecting accounts by OAuth)`],
          [oauth.clientSecretEnv, `${integration.displayName} OAuth app client secret`],
        ] as Array<[string, string]>)
      : []),
    ['MCP_UPSTREAM_TIMEOUT_MS', 'upstream request timeout in milliseconds (default 30000)'],
    ['MCP_ALLOWED_ORIGINS', "comma-separated browser origins accepted besides the server's own (loopback binds)"],
  ];
  const width = Math.max(...settings.map(([name]) => name.length));
  return [
    `${integration.displayName} MCP server`,
    '',
    'Usage:',
    `  ${bin} [--transport stdio|http] [--host 127.0.0.1] [--port 3000]`,
    `      [--methods read,write,custom,<method names>] [--tags t1,t2]`,
    `      [--expires-at <ISO-8601>] [--require-api-token]`,
    `      [--tool-exposure all|discovery] [--output-schema on|off]`,
    `      [--store sqlite:PATH|postgres://...] [--allowed-hosts h1,h2] [--allow-unauthenticated-default]`,
    `      [--oauth [--oauth-methods read,write,custom]]`,
    `  ${bin} mint-url [--methods ...] [--tags ...] [--expires-at ...] [--require-api-token]`,
    `      [--tool-exposure ...] [--output-schema ...] [--name NAME]`,
    `  ${bin} accounts add --name NAME ${accountLocation(data)}   (token from ${bearer?.tokenEnv ?? 'a bearer-token variable'})`,
    `  ${bin} accounts list | accounts remove ID`,
    `  ${bin} servers create --account ID --name NAME [--methods ...] [--tags ...] [--expires-at ...] [--require-api-token]`,
    `  ${bin} servers list --account ID | servers revoke --account ID SERVER_ID`,
    `  ${bin} --help | --version`,
    '',
    'Filters: --methods keeps tools whose method matches any token (read = read-only tools, write =',
    'the others, custom = custom methods, or a method name); --tags keeps tools with any listed tag;',
    'both filters must pass. They apply to tools/list and tools/call alike.',
    '',
    'Surface: --tool-exposure discovery serves three tools (search_tools, get_tool_schema, call_tool)',
    'in place of the full list; --output-schema off leaves output schemas out of tools/list.',
    '',
    'HTTP endpoints: POST /mcp (Streamable HTTP), /mcp/<token> (sealed URL from mint-url),',
    'GET /sse + POST /messages (legacy SSE), GET /healthz. With --store: /mcp/mcp_<token> (store-backed',
    'servers), the admin API (/integrated-account, /api-token) and /oauth/<name>/callback.',
    '',
    'Public binds: on a non-loopback --host, /mcp serves the default account only with --require-api-token',
    'or --allow-unauthenticated-default. Without a default account, /mcp answers 404 (no tools).',
    '',
    'OAuth (--oauth; needs --store, MCP_PUBLIC_URL and the vendor OAuth app): /mcp takes OAuth 2.1 access',
    'tokens; users sign in with their own vendor account (ChatGPT, Claude). --oauth-methods sets the tools',
    'a grant may get (default read). Metadata: /.well-known/oauth-protected-resource[/mcp],',
    '/.well-known/oauth-authorization-server; endpoints /authorize, /token, /register, /revoke; sign-in',
    'pages /oauth/signin, /oauth/consent.',
    '',
    'Environment:',
    ...settings.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`),
    '',
  ].join('\n');
}
