/**
 * Call-log writes off the call's path: the calls that arrive in one turn of the event loop are
 * written together (`Records.recordCalls`: one transaction on SQLite, one statement for the batch
 * on PostgreSQL). `write` resolves when its batch is stored (a failed batch rejects every call in
 * it); `drain` waits for what is pending, before the store closes.
 */
import type { LogRow, Records } from './records.js';

export type CallLog = Omit<LogRow, 'seq'>;

export interface CallLogWriter {
  write(log: CallLog): Promise<void>;
  drain(): Promise<void>;
}

export function createCallLogWriter(records: Pick<Records, 'recordCalls'>): CallLogWriter {
  let pending: CallLog[] = [];
  let flushed: Promise<void> | undefined;
  let last: Promise<unknown> = Promise.resolve();
  return {
    write(log) {
      pending.push(log);
      flushed ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
        const batch = pending;
        pending = [];
        flushed = undefined;
        return records.recordCalls(batch);
      });
      last = flushed.catch(() => undefined);
      return flushed;
    },
    drain: () => last.then(() => undefined),
  };
}
