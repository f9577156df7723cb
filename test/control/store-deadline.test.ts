/**
 * The deadline around every store call (store/deadline.ts), on a driver the test answers by hand and
 * a clock it moves: a call that never answers fails at the deadline with one typed error, counted
 * once (a late failure after it is not counted again); a query error passes unchanged, uncounted.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError, withDeadline } from '../../templates/hosting/src/store/deadline.js';
import type { SqlDriver, StoredRow } from '../../templates/hosting/src/store/driver.js';

/** A driver whose every query waits until the test settles it. */
function heldDriver() {
  const held: Array<{ resolve: (rows: StoredRow[]) => void; reject: (error: unknown) => void }> = [];
  const driver: SqlDriver = {
    dialect: 'sqlite',
    all: () => new Promise((resolve, reject) => held.push({ resolve, reject })),
    run: async () => 0,
    relaxed: async () => 0,
    transaction: (work) => work(driver),
    close: async () => undefined,
  };
  return { driver, held };
}

describe('the store deadline', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers a call that never returns with StoreUnavailableError at the deadline, counted once', async () => {
    const { driver, held } = heldDriver();
    const counted: string[] = [];
    const bounded = withDeadline(driver, { timeoutMs: 300, onUnavailable: (error) => counted.push(error.reason) });
    const answer = bounded.all('SELECT 1').catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(299);
    expect(counted).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    const error = await answer;
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).reason).toBe('timeout');
    held[0]?.reject(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(counted).toEqual(['timeout']);
  });

  it('passes rows and query errors through unchanged and uncounted, and clears its timer', async () => {
    const { driver, held } = heldDriver();
    const counted: string[] = [];
    const bounded = withDeadline(driver, { timeoutMs: 300, onUnavailable: (error) => counted.push(error.reason) });
    const rows = bounded.all('SELECT 1');
    held[0]?.resolve([{ one: 1 }]);
    expect(await rows).toEqual([{ one: 1 }]);
    const wrong = bounded.all('SELEC 1').catch((error: unknown) => error);
    const syntax = new Error('syntax error at or near "SELEC"');
    held[1]?.reject(syntax);
    expect(await wrong).toBe(syntax);
    expect(vi.getTimerCount()).toBe(0);
    expect(counted).toEqual([]);
  });

  it('counts a lost connection as the store being unreachable', async () => {
    const { driver, held } = heldDriver();
    const counted: string[] = [];
    const bounded = withDeadline(driver, { timeoutMs: 300, onUnavailable: (error) => counted.push(error.reason) });
    const answer = bounded.all('SELECT 1').catch((error: unknown) => error);
    held[0]?.reject(new Error('Connection terminated unexpectedly'));
    expect(((await answer) as StoreUnavailableError).reason).toBe('unreachable');
    await bounded.close();
    const closed = await bounded.all('SELECT 1').catch((error: unknown) => error);
    expect((closed as StoreUnavailableError).reason).toBe('closed');
    expect(counted).toEqual(['unreachable', 'closed']);
  });
});
