/**
 * The call-log writer's batching (store/call-log-writer.ts) with the clock injected: by default one
 * batch per event-loop turn; with a window (what PostgreSQL uses), one batch per window or per
 * `maxBatch` calls; `drain` writes what waits at once and waits for every batch, and a failed batch
 * rejects exactly its own calls.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CallLog, createCallLogWriter } from '../../templates/hosting/src/store/call-log-writer.js';

const log = (tool: string): CallLog => ({
  server_id: 's1',
  time: '2026-01-01T00:00:00.000Z',
  tool,
  outcome: 'ok',
  upstream_status: 200,
  duration_ms: 1,
});

function recorder(fail?: (tools: string[]) => boolean) {
  const batches: string[][] = [];
  return {
    batches,
    records: {
      recordCalls: async (logs: readonly CallLog[]) => {
        const tools = logs.map((entry) => entry.tool);
        batches.push(tools);
        if (fail?.(tools)) {
          throw new Error('store down');
        }
      },
    },
  };
}

afterEach(() => vi.useRealTimers());

describe('the call-log writer', () => {
  it('writes the calls of a window as one batch, and the next window as another', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { batches, records } = recorder();
    const writer = createCallLogWriter(records, { windowMs: 100 });
    const first = [writer.write(log('a')), writer.write(log('b'))];
    vi.advanceTimersByTime(99);
    await Promise.resolve();
    expect(batches).toEqual([]);
    const late = writer.write(log('c'));
    vi.advanceTimersByTime(1);
    await Promise.all([...first, late]);
    expect(batches).toEqual([['a', 'b', 'c']]);
    const next = writer.write(log('d'));
    vi.advanceTimersByTime(100);
    await next;
    expect(batches).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('writes at once when a batch is full or when drained, and drain waits for every batch', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { batches, records } = recorder();
    const writer = createCallLogWriter(records, { windowMs: 60_000, maxBatch: 2 });
    await Promise.all([writer.write(log('a')), writer.write(log('b'))]);
    expect(batches).toEqual([['a', 'b']]);
    void writer.write(log('c'));
    await writer.drain();
    expect(batches).toEqual([['a', 'b'], ['c']]);
    await writer.drain(); // nothing waiting: resolves
    expect(batches).toHaveLength(2);
  });

  it('without a window, writes the calls of one event-loop turn together', async () => {
    const { batches, records } = recorder();
    const writer = createCallLogWriter(records);
    await Promise.all([writer.write(log('a')), writer.write(log('b'))]);
    await writer.write(log('c'));
    expect(batches).toEqual([['a', 'b'], ['c']]);
  });

  it('a failed batch rejects its own calls only', async () => {
    const { records } = recorder((tools) => tools.includes('bad'));
    const writer = createCallLogWriter(records);
    const failed = Promise.all([writer.write(log('bad')), writer.write(log('x'))]);
    await expect(failed).rejects.toThrow('store down');
    await expect(writer.write(log('ok'))).resolves.toBeUndefined();
    await expect(writer.drain()).resolves.toBeUndefined();
  });
});
