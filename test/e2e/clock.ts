/**
 * An injected clock for the built server's child processes: pass `clock.env` in the child's env and
 * the preload clock-shift.mjs adds the current offset to every `Date.now()` / `new Date()` there.
 * `advance()` moves the children's clock forward at once, so no test sleeps until an expiry.
 */
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PRELOAD = new URL('./clock-shift.mjs', import.meta.url).href;

export interface ShiftedClock {
  /** NODE_OPTIONS and TEST_CLOCK_FILE for the child: spread it into the env a helper is given. */
  env: Record<string, string>;
  /** Moves every child's clock `ms` further ahead; the next request in the child sees it. */
  advance(ms: number): void;
  /** Removes the offset file (children must be stopped first: they read it on every reading). */
  dispose(): void;
}

export function shiftedClock(): ShiftedClock {
  const dir = mkdtempSync(join(tmpdir(), 'egnyte-e2e-clock-'));
  const file = join(dir, 'offset-ms');
  let offset = 0;
  // Written then renamed, so a child never reads a half-written number.
  const write = () => {
    writeFileSync(`${file}.next`, String(offset));
    renameSync(`${file}.next`, file);
  };
  write();
  return {
    env: { NODE_OPTIONS: `--import=${PRELOAD}`, TEST_CLOCK_FILE: file },
    advance(ms) {
      offset += ms;
      write();
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
