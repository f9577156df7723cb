/**
 * `--log-retention DAYS` (design.md §4d): call-log rows older than the retention, expired MCP
 * servers, expired OAuth states, requests, codes and tokens, and pending accounts abandoned for a
 * day, are deleted in bounded batches (each a short statement on an index, so a purge never holds
 * the store for long).
 */

import type { Logger } from 'saas-mcp-runtime/host';
import type { SqlDriver } from './driver.js';

const DAY_MS = 86_400_000;
/** A pending account (an OAuth connect never finished) is abandoned after this long. */
export const PENDING_ACCOUNT_MAX_AGE_MS = DAY_MS;
export const PURGE_BATCH = 500;
/** Batches per table per run: a backlog is worked off over several runs rather than in one long one. */
const MAX_BATCHES = 200;
const PURGE_EVERY_MS = 15 * 60_000;

interface Purge {
  table: string;
  key: string;
  /** Rows to delete; `?` is the cut-off time. */
  where: string;
  cutoff: (now: Date, retentionDays: number) => string;
}

const PURGES: readonly Purge[] = [
  // Expired MCP servers (admin reads and the MCP path already skip them), with their logs and tokens.
  {
    table: 'mcp_servers',
    key: 'id',
    where: 'expires_at IS NOT NULL AND expires_at <= ?',
    cutoff: (now) => now.toISOString(),
  },
  {
    table: 'mcp_logs',
    key: 'seq',
    where: 'time < ?',
    cutoff: (now, days) => new Date(now.getTime() - days * DAY_MS).toISOString(),
  },
  { table: 'oauth_states', key: 'state_hash', where: 'expires_at <= ?', cutoff: (now) => now.toISOString() },
  { table: 'oauth_requests', key: 'id_hash', where: 'expires_at <= ?', cutoff: (now) => now.toISOString() },
  { table: 'oauth_tokens', key: 'token_hash', where: 'expires_at <= ?', cutoff: (now) => now.toISOString() },
  { table: 'oauth_models', key: 'id_hash', where: 'expires_at <= ?', cutoff: (now) => now.toISOString() },
  {
    table: 'accounts',
    key: 'id',
    where:
      "status = 'pending' AND created_at < ? AND NOT EXISTS (SELECT 1 FROM mcp_servers s WHERE s.account_id = accounts.id)",
    cutoff: (now) => new Date(now.getTime() - PENDING_ACCOUNT_MAX_AGE_MS).toISOString(),
  },
];

export type PurgeCounts = Record<string, number>;

/** One purge run: per table, batches of `batchSize` until a batch comes back short. */
export async function purgeExpired(
  driver: SqlDriver,
  now: Date,
  retentionDays: number,
  batchSize = PURGE_BATCH,
): Promise<PurgeCounts> {
  const counts: PurgeCounts = {};
  for (const purge of PURGES) {
    const cutoff = purge.cutoff(now, retentionDays);
    let total = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const deleted = await driver.run(
        `DELETE FROM ${purge.table} WHERE ${purge.key} IN (SELECT ${purge.key} FROM ${purge.table} WHERE ${purge.where} LIMIT ?)`,
        [cutoff, batchSize],
      );
      total += deleted;
      if (deleted < batchSize) {
        break;
      }
    }
    counts[purge.table] = total;
  }
  return counts;
}

export interface Retention {
  /** Runs one purge now (tests, and the first run at start). */
  runOnce(): Promise<PurgeCounts | undefined>;
  stop(): Promise<void>;
}

/** Purges at start and then every 15 minutes; failures are logged and retried at the next run. */
export function startRetention(
  driver: SqlDriver,
  options: { days: number; log: Logger; now: () => Date; everyMs?: number },
): Retention {
  let running: Promise<PurgeCounts | undefined> = Promise.resolve(undefined);
  const runOnce = () => {
    running = running.then(async () => {
      try {
        const counts = await purgeExpired(driver, options.now(), options.days);
        if (Object.values(counts).some((n) => n > 0)) {
          options.log.info({ purged: counts, retention_days: options.days }, 'retention purge');
        }
        return counts;
      } catch (error) {
        options.log.warn({ cause: (error as Error).message }, 'retention purge failed; retrying at the next run');
        return undefined;
      }
    });
    return running;
  };
  const timer = setInterval(() => void runOnce(), options.everyMs ?? PURGE_EVERY_MS);
  timer.unref();
  void runOnce();
  return {
    runOnce,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
