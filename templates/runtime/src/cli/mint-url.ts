/**
 * `mint-url`: seals the current credentials, filters and expiry into a server URL token and prints
 * `{ url, token, name, expires_at, tools }`. Refuses without a secret, credentials or a matching tool.
 */

import type { ServerData } from '../data/tool-data.js';
import { deriveSealKeys, newTokenId, parseSecrets, type SealedGrant, sealGrant } from '../security/sealed.js';
import { checkFilter, selectTools } from '../surface/filters.js';
import { resolveCredentials } from '../upstream/credentials.js';
import type { AccessFlags } from './args.js';

type Env = Record<string, string | undefined>;

export function mintServerUrl(
  command: AccessFlags & { name?: string },
  data: ServerData,
  env: Env,
  io: { out(text: string): void; err(text: string): void },
): number {
  const problems = checkFilter(data, command.filter);
  const secrets = parseSecrets(env.MCP_SERVER_SECRET);
  problems.push(...secrets.problems);
  if (secrets.secrets.length === 0) {
    problems.push('mint-url needs MCP_SERVER_SECRET (the key that seals server URLs)');
  }
  const credentials = resolveCredentials(data.integration, env);
  if (!credentials.ok) {
    problems.push(`mint-url seals the upstream credentials: ${credentials.message}`);
  }
  const tools = selectTools(data.tools, command.filter).map((tool) => tool.name);
  if (problems.length === 0 && tools.length === 0) {
    problems.push('no tool matches these --methods and --tags; refusing to mint an empty server');
  }
  const [sealingKey] = deriveSealKeys(secrets.secrets.slice(0, 1), data.integration.name);
  if (problems.length > 0 || !credentials.ok || !sealingKey) {
    for (const problem of problems) {
      io.err(`error: ${problem}\n`);
    }
    return 2;
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
    credentials: credentials.value,
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
