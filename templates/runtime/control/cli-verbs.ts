/**
 * `accounts add|list|remove` and `servers create|list|revoke`: the admin API's functions from the
 * command line, on the store named by `--store` or MCP_STORE_URL. Tokens never go on the command
 * line (other users can read it): `accounts add` reads the upstream token from its usual variable.
 */
import type { Outcome } from '../credentials.js';
import { parseSecrets } from '../sealed.js';
import type { ServerData } from '../tool-data.js';
import { addAccount, listAccounts, removeAccount } from './accounts.js';
import { controlProblems, openControlPlane } from './control-plane.js';
import { ControlError } from './errors.js';
import { createServer, deleteServer, listServers } from './servers.js';

type Env = Record<string, string | undefined>;

const VERBS: Record<string, { flags: string[]; switches?: string[]; positional: number; usage: string }> = {
  'accounts add': { flags: ['--name', '--domain', '--base-url'], positional: 0, usage: 'accounts add --name NAME (--domain D | --base-url URL)' },
  'accounts list': { flags: [], positional: 0, usage: 'accounts list' },
  'accounts remove': { flags: [], positional: 1, usage: 'accounts remove ACCOUNT_ID' },
  'servers create': {
    flags: ['--account', '--name', '--methods', '--tags', '--expires-at', '--tool-exposure'],
    switches: ['--require-api-token'],
    positional: 0,
    usage: 'servers create --account ID --name NAME [--methods ...] [--tags ...] [--expires-at ISO] [--require-api-token]',
  },
  'servers list': { flags: ['--account'], positional: 0, usage: 'servers list --account ID' },
  'servers revoke': { flags: ['--account'], positional: 1, usage: 'servers revoke --account ID SERVER_ID' },
};

export interface ControlCommand {
  kind: 'control';
  verb: string;
  flags: Record<string, string>;
  positional: string[];
}

export function isControlVerb(word: string | undefined): boolean {
  return word === 'accounts' || word === 'servers';
}

export function parseControlArgs(argv: readonly string[]): Outcome<ControlCommand> {
  const verb = `${argv[0]} ${argv[1] ?? ''}`.trim();
  const spec = VERBS[verb];
  if (!spec) return { ok: false, message: `unknown command "${verb}"; use one of: ${Object.keys(VERBS).join(', ')}` };
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  const args = argv.slice(2);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    const [flag = '', inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg];
    if (!flag.startsWith('--')) positional.push(arg);
    else if (spec.switches?.includes(flag) && inline === undefined) flags[flag] = 'true';
    else if (flag === '--store' || spec.flags.includes(flag)) {
      const value = inline ?? args[++index];
      if (value === undefined || value.startsWith('--')) return { ok: false, message: `${flag} needs a value` };
      if (flags[flag] !== undefined) return { ok: false, message: `${flag} is given twice` };
      flags[flag] = value;
    } else return { ok: false, message: `unknown argument "${arg}" for ${verb}; usage: ${spec.usage}` };
  }
  if (positional.length !== spec.positional) return { ok: false, message: `usage: ${spec.usage}` };
  return { ok: true, value: { kind: 'control', verb, flags, positional } };
}

const list = (text: string | undefined) => text?.split(',').map((item) => item.trim()).filter(Boolean);

function required(command: ControlCommand, flag: string): string {
  const value = command.flags[flag];
  if (value === undefined) throw new ControlError(400, 'invalid_request', `${command.verb} needs ${flag}`);
  return value;
}

export async function runControlCommand(command: ControlCommand, data: ServerData, env: Env, io: { out(text: string): void; err(text: string): void }): Promise<number> {
  const storeUrl = command.flags['--store'] ?? env.MCP_STORE_URL ?? '';
  const secrets = parseSecrets(env.MCP_SERVER_SECRET);
  const problems = [...(storeUrl === '' ? ['set --store or MCP_STORE_URL (sqlite:PATH or postgres://...)'] : controlProblems(storeUrl, secrets.secrets)), ...secrets.problems];
  if (problems.length > 0) {
    for (const problem of problems) io.err(`error: ${problem}\n`);
    return 2;
  }
  const opened = await openControlPlane({ storeUrl, data, env, secrets: secrets.secrets });
  if (!opened.ok) {
    io.err(`error: ${opened.message}\n`);
    return 2;
  }
  const { ctx } = opened.value;
  try {
    const account = () => required(command, '--account');
    let answer: unknown;
    if (command.verb === 'accounts add') {
      const location = command.flags['--domain'] !== undefined ? { domain: command.flags['--domain'] } : { base_url: command.flags['--base-url'] };
      const tokenEnv = data.integration.auth.tokenEnv;
      const token = env[tokenEnv]?.trim();
      if (!token) throw new ControlError(400, 'invalid_request', `accounts add reads the ${data.integration.displayName} token from ${tokenEnv}; set it`);
      answer = await addAccount(ctx, { name: required(command, '--name'), ...location, access_token: token });
    } else if (command.verb === 'accounts list') answer = await listAccounts(ctx, undefined, 100);
    else if (command.verb === 'accounts remove') answer = await removeAccount(ctx, command.positional[0] ?? '').then(() => ({ removed: command.positional[0] }));
    else if (command.verb === 'servers create') {
      const config = { methods: list(command.flags['--methods']), tags: list(command.flags['--tags']), tool_exposure: command.flags['--tool-exposure'] };
      answer = await createServer(ctx, account(), {
        name: required(command, '--name'),
        config: JSON.parse(JSON.stringify(config)) as unknown,
        ...(command.flags['--expires-at'] !== undefined ? { expires_at: command.flags['--expires-at'] } : {}),
        require_api_token_auth: command.flags['--require-api-token'] === 'true',
      });
    } else if (command.verb === 'servers list') answer = await listServers(ctx, account(), undefined, 100);
    else answer = await deleteServer(ctx, account(), command.positional[0] ?? '').then(() => ({ revoked: command.positional[0] }));
    io.out(`${JSON.stringify(answer, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ControlError)) throw error;
    io.err(`error: ${error.message}\n`);
    return error.status === 404 ? 1 : 2;
  } finally {
    await opened.value.close();
  }
}
