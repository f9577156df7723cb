/**
 * Command-line parsing, pure: argv in, a command or a clear problem out. The flags are the
 * user-facing contract of the generated server; keep their names exactly.
 */

import { isRealCalendarTime } from '../data/iso-time.js';
import type { Outcome } from '../data/outcome.js';
import { type ControlCommand, isControlVerb, parseControlArgs } from '../hosting/verbs-args.js';
import { OPS_SWITCHES, OPS_VALUE_FLAGS, type OpsFlags, parseOpsFlags } from '../ops/flags.js';
import { splitList, type ToolFilter } from '../surface/filters.js';
import { parseSurfaceFlags, SURFACE_FLAGS, type SurfaceOptions } from '../surface/options.js';

export interface AccessFlags {
  filter: ToolFilter;
  expiresAt?: Date;
  requireApiToken: boolean;
  surface: SurfaceOptions;
}

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | ({ kind: 'serve'; transport: 'stdio' | 'http'; host: string; port: number } & AccessFlags & HostingFlags)
  | ({ kind: 'mint-url'; name?: string } & AccessFlags)
  | ControlCommand;

/** Hosting flags of `serve` (design.md §4a): the store, proxy Host names, the unauthenticated opt-in. */
export interface HostingFlags {
  store?: string;
  allowedHosts: string[];
  allowUnauthenticatedDefault: boolean;
  /** `--oauth` (design.md §4b) and `--oauth-methods` (default read). */
  oauth: boolean;
  oauthMethods?: string;
  /** Logs, metrics and retention (design.md §4d). */
  ops: OpsFlags;
}

const VALUE_FLAGS = new Set([
  '--transport',
  '--host',
  '--port',
  '--methods',
  '--tags',
  '--expires-at',
  '--name',
  '--store',
  '--allowed-hosts',
  '--oauth-methods',
  ...SURFACE_FLAGS,
  ...OPS_VALUE_FLAGS,
]);
const SWITCHES = new Set(['--require-api-token', '--allow-unauthenticated-default', '--oauth', ...OPS_SWITCHES]);
const SERVE_ONLY = new Set([
  '--transport',
  '--host',
  '--port',
  '--store',
  '--allowed-hosts',
  '--allow-unauthenticated-default',
  '--oauth',
  '--oauth-methods',
  ...OPS_SWITCHES,
  ...OPS_VALUE_FLAGS,
]);
const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function parseExpiry(text: string, now: Date): Outcome<Date> {
  const time = Date.parse(text);
  if (!ISO_8601.test(text) || Number.isNaN(time) || !isRealCalendarTime(text)) {
    return {
      ok: false,
      message: `--expires-at must be an ISO-8601 date or time, e.g. 2030-01-31T18:00:00Z (got "${text}")`,
    };
  }
  if (time <= now.getTime()) {
    return { ok: false, message: `--expires-at ${text} is already in the past` };
  }
  return { ok: true, value: new Date(time) };
}

function parseList(flag: string, text: string): Outcome<string[]> {
  const items = splitList(text);
  return items.length > 0 ? { ok: true, value: items } : { ok: false, message: `${flag} needs at least one value` };
}

/** Reads `--flag value` and `--flag=value` pairs into a map, refusing unknown or repeated flags. */
function collectFlags(args: string[]): Outcome<Map<string, string>> {
  const flags = new Map<string, string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    const [flag = '', inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg];
    if (SWITCHES.has(flag) && inline === undefined) {
      flags.set(flag, 'true');
      continue;
    }
    if (!VALUE_FLAGS.has(flag)) {
      return { ok: false, message: `unknown argument "${arg}"` };
    }
    const value = inline ?? args[++index];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      return { ok: false, message: `${flag} needs a value` };
    }
    if (flags.has(flag)) {
      return { ok: false, message: `${flag} is given twice` };
    }
    flags.set(flag, value);
  }
  return { ok: true, value: flags };
}

function parseAccess(flags: Map<string, string>, now: Date): Outcome<AccessFlags> {
  const surface = parseSurfaceFlags(flags);
  if (!surface.ok) {
    return surface;
  }
  const access: AccessFlags = { filter: {}, requireApiToken: flags.has('--require-api-token'), surface: surface.value };
  const methods = flags.get('--methods');
  if (methods !== undefined) {
    const parsed = parseList('--methods', methods);
    if (!parsed.ok) {
      return parsed;
    }
    access.filter.methods = parsed.value;
  }
  const tags = flags.get('--tags');
  if (tags !== undefined) {
    const parsed = parseList('--tags', tags);
    if (!parsed.ok) {
      return parsed;
    }
    access.filter.tags = parsed.value;
  }
  const expiry = flags.get('--expires-at');
  if (expiry !== undefined) {
    const parsed = parseExpiry(expiry, now);
    if (!parsed.ok) {
      return parsed;
    }
    access.expiresAt = parsed.value;
  }
  return { ok: true, value: access };
}

export function parseArgs(argv: readonly string[], now = new Date()): Outcome<Command> {
  if (argv.includes('--help') || argv.includes('-h')) {
    return { ok: true, value: { kind: 'help' } };
  }
  if (argv.includes('--version')) {
    return { ok: true, value: { kind: 'version' } };
  }
  if (isControlVerb(argv[0])) {
    return parseControlArgs(argv);
  }
  const isMint = argv[0] === 'mint-url';
  const collected = collectFlags(argv.slice(isMint ? 1 : 0));
  if (!collected.ok) {
    return collected;
  }
  const flags = collected.value;
  const access = parseAccess(flags, now);
  if (!access.ok) {
    return access;
  }

  if (isMint) {
    const serveFlag = [...flags.keys()].find((flag) => SERVE_ONLY.has(flag));
    if (serveFlag) {
      return { ok: false, message: `${serveFlag} does not apply to mint-url` };
    }
    return { ok: true, value: { kind: 'mint-url', name: flags.get('--name'), ...access.value } };
  }
  if (flags.has('--name')) {
    return { ok: false, message: '--name only applies to mint-url' };
  }
  const transport = flags.get('--transport') ?? 'stdio';
  if (transport !== 'stdio' && transport !== 'http') {
    return { ok: false, message: `--transport must be stdio or http (got "${transport}")` };
  }
  const portText = flags.get('--port') ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    return { ok: false, message: `--port must be a number from 0 to 65535 (got "${portText}")` };
  }
  const ops = parseOpsFlags(flags);
  if (!ops.ok) {
    return ops;
  }
  const hosting: HostingFlags = {
    ops: ops.value,
    ...(flags.has('--store') ? { store: flags.get('--store') } : {}),
    allowedHosts: splitList(flags.get('--allowed-hosts') ?? ''),
    allowUnauthenticatedDefault: flags.has('--allow-unauthenticated-default'),
    oauth: flags.has('--oauth'),
    ...(flags.has('--oauth-methods') ? { oauthMethods: flags.get('--oauth-methods') } : {}),
  };
  return {
    ok: true,
    value: { kind: 'serve', transport, host: flags.get('--host') ?? '127.0.0.1', port, ...access.value, ...hosting },
  };
}
