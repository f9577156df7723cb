/**
 * Parsing of `accounts add|list|remove` and `servers create|list|revoke` (kept apart from the code
 * that runs them, so parsing argv never loads the control plane).
 */
import type { Outcome } from '../data/outcome.js';

const VERBS: Record<string, { flags: string[]; switches?: string[]; positional: number; usage: string }> = {
  'accounts add': {
    flags: ['--name', '--domain', '--base-url'],
    positional: 0,
    usage: 'accounts add --name NAME (--domain D | --base-url URL)',
  },
  'accounts list': { flags: [], positional: 0, usage: 'accounts list' },
  'accounts remove': { flags: [], positional: 1, usage: 'accounts remove ACCOUNT_ID' },
  'servers create': {
    flags: ['--account', '--name', '--methods', '--tags', '--expires-at', '--tool-exposure', '--output-schema'],
    switches: ['--require-api-token'],
    positional: 0,
    usage:
      'servers create --account ID --name NAME [--methods ...] [--tags ...] [--expires-at ISO] [--require-api-token] [--tool-exposure all|discovery] [--output-schema on|off]',
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
  if (!spec) {
    return { ok: false, message: `unknown command "${verb}"; use one of: ${Object.keys(VERBS).join(', ')}` };
  }
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  const args = argv.slice(2);
  const takesValue = (word: string) => word === '--store' || spec.flags.includes(word);
  // A value is the next word unless that word is one of this verb's own flags: an id may begin with dashes.
  const isFlag = (word: string) => takesValue(word) || (spec.switches?.includes(word) ?? false);
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg];
    if (arg === '--') {
      // After `--`, every word is positional (an id that begins with `--`).
      positional.push(...args.slice(index + 1));
      break;
    }
    if (!flag.startsWith('--')) {
      positional.push(arg);
    } else if (spec.switches?.includes(flag) && inline === undefined) {
      flags[flag] = 'true';
    } else if (takesValue(flag)) {
      const value = inline ?? args[++index];
      if (value === undefined || (inline === undefined && isFlag(value))) {
        return { ok: false, message: `${flag} needs a value` };
      }
      if (flags[flag] !== undefined) {
        return { ok: false, message: `${flag} is given twice` };
      }
      flags[flag] = value;
    } else {
      return {
        ok: false,
        message: `unknown argument "${arg}" for ${verb}; usage: ${spec.usage} (an id that begins with -- goes after a bare --)`,
      };
    }
  }
  if (positional.length !== spec.positional) {
    return { ok: false, message: `usage: ${spec.usage}` };
  }
  return { ok: true, value: { kind: 'control', verb, flags, positional } };
}
