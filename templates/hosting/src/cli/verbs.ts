/**
 * `accounts add|list|remove` and `servers create|list|revoke`: the admin API's functions from the
 * command line, on the store named by `--store` or MCP_STORE_URL. Tokens never go on the command
 * line (other users can read it): `accounts add` reads the upstream token from its usual variable.
 */

import type { ControlCommand, ControlSettings, ServerData } from 'saas-mcp-runtime/host';
import { bearerScheme } from 'saas-mcp-runtime/host';
import { addAccount, listAccounts, removeAccount } from '../control/accounts.js';
import { ControlError } from '../control/errors.js';
import { createServer, deleteServer, listServers } from '../control/servers.js';
import { openControlPlane } from '../plane/control-plane.js';
import type { HostingSettings } from '../plane/settings.js';
import { printableJson, printableText } from './printable.js';

const list = (text: string | undefined) =>
  text
    ?.split(',')
    .map((item) => item.trim())
    .filter(Boolean);

function required(command: ControlCommand, flag: string): string {
  const value = command.flags[flag];
  if (value === undefined) {
    throw new ControlError(400, 'invalid_request', `${command.verb} needs ${flag}`);
  }
  return value;
}

/** `settings` were checked by the settings loader (the store URL, MCP_SERVER_SECRET). */
export async function runControlCommand(
  settings: ControlSettings<HostingSettings>,
  data: ServerData,
  io: { out(text: string): void; err(text: string): void },
): Promise<number> {
  const { command } = settings;
  const opened = await openControlPlane({
    storeUrl: settings.storeUrl,
    data,
    settings: settings.hosting,
    secrets: settings.secrets,
  });
  if (!opened.ok) {
    io.err(`error: ${opened.message}\n`);
    return 2;
  }
  const { ctx } = opened.value;
  try {
    const account = () => required(command, '--account');
    let answer: unknown;
    if (command.verb === 'accounts add') {
      const location =
        command.flags['--domain'] !== undefined
          ? { domain: command.flags['--domain'] }
          : { base_url: command.flags['--base-url'] };
      const tokenEnv = bearerScheme(data.integration)?.tokenEnv;
      if (!tokenEnv) {
        throw new ControlError(
          400,
          'invalid_request',
          `${data.integration.displayName} takes no bearer token, so accounts cannot be added by token`,
        );
      }
      const token = settings.hosting.accountToken;
      if (!token) {
        throw new ControlError(
          400,
          'invalid_request',
          `accounts add reads the ${data.integration.displayName} token from ${tokenEnv}; set it`,
        );
      }
      answer = await addAccount(ctx, { name: required(command, '--name'), ...location, access_token: token });
    } else if (command.verb === 'accounts list') {
      answer = await listAccounts(ctx, undefined, 100);
    } else if (command.verb === 'accounts remove') {
      answer = await removeAccount(ctx, command.positional[0] ?? '').then(() => ({ removed: command.positional[0] }));
    } else if (command.verb === 'servers create') {
      const config = {
        methods: list(command.flags['--methods']),
        tags: list(command.flags['--tags']),
        tool_exposure: command.flags['--tool-exposure'],
        output_schema: command.flags['--output-schema'],
      };
      answer = await createServer(ctx, account(), {
        name: required(command, '--name'),
        config: JSON.parse(JSON.stringify(config)) as unknown,
        ...(command.flags['--expires-at'] !== undefined ? { expires_at: command.flags['--expires-at'] } : {}),
        require_api_token_auth: command.flags['--require-api-token'] === 'true',
      });
    } else if (command.verb === 'servers list') {
      answer = await listServers(ctx, account(), undefined, 100);
    } else {
      answer = await deleteServer(ctx, account(), command.positional[0] ?? '').then(() => ({
        revoked: command.positional[0],
      }));
    }
    io.out(`${printableJson(answer)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ControlError)) {
      throw error;
    }
    io.err(`error: ${printableText(error.message)}\n`);
    return error.status === 404 ? 1 : 2;
  } finally {
    await opened.value.close();
  }
}
