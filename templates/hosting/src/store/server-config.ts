/**
 * `mcp_servers.config` read back: the JSON the admin API wrote, checked field by field. A field
 * this code does not know is refused rather than ignored: the config narrows which tools a URL
 * serves, so a filter the server cannot read must not widen it.
 */
import type { ServerConfig } from '../wire/types.js';
import { StoredRowError, storedObject } from './rows.js';

const isWordList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item !== '');

const CHECKS: Record<keyof ServerConfig, (value: unknown) => boolean> = {
  methods: isWordList,
  tags: isWordList,
  tool_exposure: (value) => value === 'all' || value === 'discovery',
  output_schema: (value) => value === 'on' || value === 'off',
};

/** The stored config, or a StoredRowError naming what is wrong with it (never its value). */
export function decodeServerConfig(stored: string): ServerConfig {
  const fail = (problem: string) => new StoredRowError('mcp_servers', 'config', problem);
  const value = storedObject('mcp_servers', 'config', stored);
  const config: ServerConfig = {};
  for (const [key, field] of Object.entries(value)) {
    const check = CHECKS[key as keyof ServerConfig];
    if (!check) {
      throw fail(`unknown field "${key.slice(0, 40)}"`);
    }
    if (!check(field)) {
      throw fail(`"${key}" has the wrong form`);
    }
    Object.assign(config, { [key]: field });
  }
  return config;
}
