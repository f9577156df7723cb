/**
 * MCP server records of an account: each has filters, an expiry, an API-token requirement and a
 * URL whose random token is shown once and stored only as a hash. Expired records are left out of
 * every answer (the queries skip them) and deleted by the retention purge.
 */
import { checkFilter, parseSurfaceConfig, selectTools, type ToolFilter } from 'saas-mcp-runtime/host';
import type { ServerRow } from '../store/records.js';
import { decodeServerConfig } from '../store/server-config.js';
import type { LogEntry, McpServer, ServerConfig } from '../wire/types.js';
import { getAccount } from './accounts.js';
import {
  type ControlContext,
  decodeCursor,
  encodeCursor,
  hashSecret,
  type ListAnswer,
  newId,
  newSecret,
} from './context.js';
import { badRequest, ControlError, inField, notFound } from './errors.js';
import { objectBody, optionalBoolean, optionalExpiry, optionalStringList, requiredString } from './input.js';

export const SERVER_TOKEN_PREFIX = 'mcp_';

export type { ServerConfig } from '../wire/types.js';

export function filterOf(config: ServerConfig): ToolFilter {
  return { ...(config.methods ? { methods: config.methods } : {}), ...(config.tags ? { tags: config.tags } : {}) };
}

type ConfigView = { config: ServerConfig; tools: string[] };

/**
 * A stored config with the tools it selects. `seen` holds the views one answer already made: a page
 * of servers mostly repeats a few configs, and selecting from every tool for each row was most of a
 * list call's CPU.
 */
function configView(ctx: ControlContext, stored: string, seen?: Map<string, ConfigView>): ConfigView {
  let view = seen?.get(stored);
  if (!view) {
    const config = decodeServerConfig(stored);
    view = { config, tools: selectTools(ctx.data.tools, filterOf(config)).map((tool) => tool.name) };
    seen?.set(stored, view);
  }
  return view;
}

function serverView(ctx: ControlContext, row: ServerRow, seen?: Map<string, ConfigView>): McpServer {
  const { config, tools } = configView(ctx, row.config, seen);
  return {
    id: row.id,
    name: row.name,
    config,
    expires_at: row.expires_at,
    require_api_token_auth: row.require_api_token_auth === 1,
    tools,
    created_at: row.created_at,
    last_used_at: row.last_used_at,
  };
}

/** `config`, checked against the real tools: a filter word that names nothing, or no tool left, is a 400. */
export function readConfig(ctx: ControlContext, value: unknown): ServerConfig {
  try {
    return readConfigFields(ctx, value);
  } catch (error) {
    throw inField('config', error);
  }
}

function readConfigFields(ctx: ControlContext, value: unknown): ServerConfig {
  const body = objectBody(value ?? {}, ['methods', 'tags', 'tool_exposure', 'output_schema']);
  const config: ServerConfig = {};
  const methods = optionalStringList(body, 'methods');
  const tags = optionalStringList(body, 'tags');
  if (methods) {
    config.methods = methods;
  }
  if (tags) {
    config.tags = tags;
  }
  const surface = parseSurfaceConfig(body);
  if (!surface.ok) {
    throw badRequest(
      `config.${surface.message}`,
      surface.message.startsWith('output_schema') ? 'output_schema' : 'tool_exposure',
    );
  }
  if (body.tool_exposure !== undefined) {
    config.tool_exposure = surface.value.toolExposure;
  }
  if (body.output_schema !== undefined) {
    config.output_schema = surface.value.outputSchema ? 'on' : 'off';
  }
  const problems = checkFilter(ctx.data, filterOf(config)).map((problem) =>
    problem.replace(/ in --(methods|tags);/, ' in config.$1;'),
  );
  if (problems.length > 0) {
    throw badRequest(problems.join('; '), problems[0]?.includes('config.methods') ? 'methods' : 'tags');
  }
  if (selectTools(ctx.data.tools, filterOf(config)).length === 0) {
    throw badRequest(
      `no tool matches config.methods ${JSON.stringify(config.methods ?? [])} and config.tags ${JSON.stringify(config.tags ?? [])} together`,
    );
  }
  return config;
}

async function usableAccount(ctx: ControlContext, accountId: string) {
  const account = await getAccount(ctx, accountId);
  if (account.status === 'pending') {
    throw new ControlError(
      409,
      'account_not_connected',
      'the account has not finished connecting (OAuth callback pending)',
    );
  }
  return account;
}

export async function createServer(
  ctx: ControlContext,
  accountId: string,
  input: unknown,
): Promise<McpServer & { url: string }> {
  const body = objectBody(input, ['name', 'config', 'expires_at', 'require_api_token_auth']);
  const name = requiredString(body, 'name');
  const config = readConfig(ctx, body.config);
  const expiresAt = optionalExpiry(body, 'expires_at', ctx.now()) ?? null;
  const requireApiToken = optionalBoolean(body, 'require_api_token_auth') ?? false;
  await usableAccount(ctx, accountId);
  const token = newSecret(SERVER_TOKEN_PREFIX);
  const now = ctx.now().toISOString();
  const row: ServerRow = {
    id: newId(),
    account_id: accountId,
    name,
    config: JSON.stringify(config),
    token_hash: hashSecret(token),
    expires_at: expiresAt,
    require_api_token_auth: requireApiToken ? 1 : 0,
    created_at: now,
    updated_at: now,
    last_used_at: null,
  };
  await ctx.records.insertServer(row);
  return { ...serverView(ctx, row), url: `${ctx.publicUrl() ?? ''}/mcp/${token}` };
}

export async function listServers(
  ctx: ControlContext,
  accountId: string,
  cursor?: string,
  limit = 50,
): Promise<ListAnswer<McpServer>> {
  const page = await ctx.records.servers(accountId, ctx.now().toISOString(), decodeCursor(cursor), limit);
  if (page.rows.length === 0) {
    // Nothing listed: a missing account is a 404, an account without servers an empty list.
    await getAccount(ctx, accountId);
  }
  const seen = new Map<string, ConfigView>();
  return { result: page.rows.map((row) => serverView(ctx, row, seen)), next_cursor: encodeCursor(page.after) };
}

const serverNotFound = (id: string) => notFound(`MCP server ${JSON.stringify(id.slice(0, 64))}`);

/** The account's server while it has not expired; else a 404 naming the account or the server. */
async function findServer(ctx: ControlContext, accountId: string, id: string): Promise<ServerRow> {
  const row = await ctx.records.server(accountId, id, ctx.now().toISOString());
  if (!row) {
    await getAccount(ctx, accountId);
    throw serverNotFound(id);
  }
  return row;
}

export async function getServer(ctx: ControlContext, accountId: string, id: string): Promise<McpServer> {
  return serverView(ctx, await findServer(ctx, accountId, id));
}

/** PATCH: only the given fields change; `expires_at: null` clears the expiry. */
export async function updateServer(
  ctx: ControlContext,
  accountId: string,
  id: string,
  input: unknown,
): Promise<McpServer> {
  const body = objectBody(input, ['name', 'config', 'expires_at', 'require_api_token_auth']);
  if (Object.keys(body).length === 0) {
    throw badRequest('nothing to change: give name, config, expires_at or require_api_token_auth');
  }
  const row = await findServer(ctx, accountId, id);
  const expiresAt = optionalExpiry(body, 'expires_at', ctx.now());
  const requireApiToken = optionalBoolean(body, 'require_api_token_auth');
  const changed: ServerRow = {
    ...row,
    name: body.name === undefined ? row.name : requiredString(body, 'name'),
    config: body.config === undefined ? row.config : JSON.stringify(readConfig(ctx, body.config)),
    expires_at: expiresAt === undefined ? row.expires_at : expiresAt,
    require_api_token_auth: requireApiToken === undefined ? row.require_api_token_auth : requireApiToken ? 1 : 0,
    updated_at: ctx.now().toISOString(),
  };
  await ctx.records.updateServer(changed);
  return serverView(ctx, changed);
}

export async function deleteServer(ctx: ControlContext, accountId: string, id: string): Promise<void> {
  if (!(await ctx.records.deleteServer(accountId, id))) {
    await getAccount(ctx, accountId);
    throw serverNotFound(id);
  }
}

export async function serverLogs(
  ctx: ControlContext,
  accountId: string,
  id: string,
  cursor?: string,
  limit = 50,
): Promise<ListAnswer<LogEntry>> {
  await ctx.flushCallLogs();
  const page = await ctx.records.logs(accountId, id, ctx.now().toISOString(), decodeCursor(cursor, 'sequence'), limit);
  if (page.rows.length === 0) {
    // No rows: either a server without (more) calls, or no such server (a 404).
    await findServer(ctx, accountId, id);
  }
  const result = page.rows.map(({ time, tool, outcome, upstream_status, duration_ms }) => ({
    time,
    tool,
    outcome,
    upstream_status,
    duration_ms,
  }));
  return { result, next_cursor: encodeCursor(page.after) };
}
