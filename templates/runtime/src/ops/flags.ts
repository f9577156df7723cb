/**
 * The operator's flags and settings of design.md §4d: `--metrics`, `--log-level`, `--log-format`,
 * `--log-retention`, and the MCP_STORE_TIMEOUT_MS / MCP_SHUTDOWN_TIMEOUT_MS /
 * MCP_MAX_CONNECTIONS_PER_ADDRESS settings.
 */
import type { Outcome } from '../data/outcome.js';
import { LOG_LEVELS, type LogFormat, type LogLevel } from './log.js';
import { DEFAULT_STORE_TIMEOUT_MS } from './store-unavailable.js';

export const OPS_VALUE_FLAGS = ['--log-level', '--log-format', '--log-retention'];
export const OPS_SWITCHES = ['--metrics'];
export const DEFAULT_RETENTION_DAYS = 30;
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 25_000;

export interface OpsFlags {
  metrics: boolean;
  logLevel: LogLevel;
  /** Undefined: JSON unless stderr is a terminal. */
  logFormat?: LogFormat;
  retentionDays: number;
}

export function parseOpsFlags(flags: Map<string, string>): Outcome<OpsFlags> {
  const level = flags.get('--log-level') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    return { ok: false, message: `--log-level must be one of ${LOG_LEVELS.join(', ')} (got "${level}")` };
  }
  const format = flags.get('--log-format');
  if (format !== undefined && format !== 'json' && format !== 'pretty') {
    return { ok: false, message: `--log-format must be json or pretty (got "${format}")` };
  }
  const retention = flags.get('--log-retention') ?? String(DEFAULT_RETENTION_DAYS);
  if (!/^[1-9]\d{0,4}$/.test(retention)) {
    return {
      ok: false,
      message: `--log-retention must be a whole number of days from 1 to 99999 (got "${retention}")`,
    };
  }
  return {
    ok: true,
    value: {
      metrics: flags.has('--metrics'),
      logLevel: level as LogLevel,
      ...(format ? { logFormat: format } : {}),
      retentionDays: Number(retention),
    },
  };
}

export interface OpsSettings {
  storeTimeoutMs: number;
  shutdownTimeoutMs: number;
  maxConnectionsPerAddress?: number;
}

function wholeNumber(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  problems: string[],
  min = 1,
): number {
  const text = env[name];
  if (text === undefined || text === '') {
    return fallback;
  }
  if (!/^\d{1,7}$/.test(text) || Number(text) < min) {
    problems.push(`${name} must be a whole number from ${min} to 9999999 (got "${text}")`);
    return fallback;
  }
  return Number(text);
}

/** The settings loader's operating part (cli/settings.ts calls it); problems are collected, not thrown. */
export function opsSettings(env: Record<string, string | undefined>, problems: string[]): OpsSettings {
  const perAddress = env.MCP_MAX_CONNECTIONS_PER_ADDRESS;
  return {
    storeTimeoutMs: wholeNumber(env, 'MCP_STORE_TIMEOUT_MS', DEFAULT_STORE_TIMEOUT_MS, problems),
    shutdownTimeoutMs: wholeNumber(env, 'MCP_SHUTDOWN_TIMEOUT_MS', DEFAULT_SHUTDOWN_TIMEOUT_MS, problems, 0),
    ...(perAddress === undefined
      ? {}
      : { maxConnectionsPerAddress: wholeNumber(env, 'MCP_MAX_CONNECTIONS_PER_ADDRESS', 64, problems) }),
  };
}
