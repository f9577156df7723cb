/**
 * API tokens for servers with `require_api_token_auth` (and `--require-api-token`): created here,
 * shown once, stored as hashes; MCP_API_TOKENS are accepted as well.
 */
import type { IncomingMessage } from 'node:http';
import { hasValidApiToken } from 'saas-mcp-runtime/host';
import type { ApiToken, CreatedApiToken } from '../wire/types.js';
import {
  type ControlContext,
  decodeCursor,
  encodeCursor,
  hashSecret,
  type ListAnswer,
  newId,
  newSecret,
} from './context.js';
import { notFound } from './errors.js';
import { objectBody, requiredString } from './input.js';

export async function createApiToken(ctx: ControlContext, input: unknown): Promise<CreatedApiToken> {
  const name = requiredString(objectBody(input, ['name']), 'name');
  const token = newSecret('mat_');
  const row = { id: newId(), name, token_hash: hashSecret(token), created_at: ctx.now().toISOString() };
  await ctx.records.insertApiToken(row);
  return { id: row.id, name, token, created_at: row.created_at };
}

export async function listApiTokens(ctx: ControlContext, cursor?: string, limit = 50): Promise<ListAnswer<ApiToken>> {
  const page = await ctx.records.apiTokens(decodeCursor(cursor), limit);
  return {
    result: page.rows.map(({ id, name, created_at }) => ({ id, name, created_at })),
    next_cursor: encodeCursor(page.after),
  };
}

export async function deleteApiToken(ctx: ControlContext, id: string): Promise<void> {
  if (!(await ctx.records.deleteApiToken(id))) {
    throw notFound(`API token ${JSON.stringify(id.slice(0, 64))}`);
  }
}

/** True for a Bearer token from MCP_API_TOKENS or from the store. */
export async function acceptsApiToken(
  ctx: ControlContext,
  req: IncomingMessage,
  envTokens: readonly string[],
): Promise<boolean> {
  if (hasValidApiToken(req, envTokens)) {
    return true;
  }
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
  return presented !== undefined && (await ctx.records.hasApiTokenHash(hashSecret(presented)));
}
