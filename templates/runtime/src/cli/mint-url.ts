/**
 * `mint-url`: seals the current credentials, filters and expiry into a server URL token and prints
 * `{ url, token, name, expires_at, tools }`. Refuses without a secret, credentials or a matching tool.
 */

import type { ServerData } from '../data/tool-data.js';
import { deriveSealKeys, newTokenId, type SealedGrant, sealGrant } from '../security/sealed.js';
import { selectTools } from '../surface/filters.js';
import type { MintSettings } from './settings.js';

/** `settings` were checked by the loader (a secret, credentials, the filters). */
export function mintServerUrl(
  settings: MintSettings,
  data: ServerData,
  io: { out(text: string): void; err(text: string): void },
): number {
  const { command, credentials } = settings;
  const tools = selectTools(data.tools, command.filter).map((tool) => tool.name);
  if (tools.length === 0) {
    io.err('error: no tool matches these --methods and --tags; refusing to mint an empty server\n');
    return 2;
  }
  const [sealingKey] = deriveSealKeys(settings.secrets.slice(0, 1), data.integration.name);
  if (!sealingKey) {
    throw new Error('mint-url needs MCP_SERVER_SECRET (the key that seals server URLs)');
  }
  const grant: SealedGrant = {
    id: newTokenId(),
    ...(command.name !== undefined ? { name: command.name } : {}),
    ...(command.filter.methods ? { methods: command.filter.methods } : {}),
    ...(command.filter.tags ? { tags: command.filter.tags } : {}),
    ...(command.expiresAt ? { expiresAt: command.expiresAt.toISOString() } : {}),
    requireApiToken: command.requireApiToken,
    ...(command.surface.toolExposure === 'discovery' ? { toolExposure: 'discovery' as const } : {}),
    ...(command.surface.outputSchema ? {} : { outputSchema: false as const }),
    credentials,
  };
  const token = sealGrant(grant, sealingKey);
  const printed = {
    url: `/mcp/${token}`,
    token,
    token_id: grant.id,
    name: command.name ?? null,
    expires_at: grant.expiresAt ?? null,
    require_api_token: command.requireApiToken,
    tool_exposure: command.surface.toolExposure,
    output_schema: command.surface.outputSchema ? 'on' : 'off',
    tools,
  };
  io.out(`${JSON.stringify(printed, null, 2)}\n`);
  if (!command.expiresAt) {
    io.err('warning: this URL never expires; pass --expires-at to limit it\n');
  }
  return 0;
}
