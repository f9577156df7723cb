/**
 * Call-log writes off the call's path, in batches (`Records.recordCalls`: one transaction on
 * SQLite, one statement for the batch on PostgreSQL). By default a batch is the calls of one turn
 * of the event loop; with `windowMs`, the calls of up to that long (or `maxBatch` calls), so that a
 * busy server wakes a database process once per window rather than once per call. `write` resolves
 * when its batch is stored (a failed batch rejects every call in it); `drain` writes what is pending
 * at once and waits for every batch, before a logs read and before the store closes.
 */
import type { LogRow, Records } from './records.js';

export type CallLog = Omit<LogRow, 'seq'>;

export interface CallLogWriter {
  write(log: CallLog): Promise<void>;
  drain(): Promise<void>;
}

export interface CallLogOptions {
  /** 0 (the default): one batch per event-loop turn. */
  windowMs?: number;
  /** A batch this large is written at once. */
  maxBatch?: number;
}

export function createCallLogWriter(
  records: Pick<Records, 'recordCalls'>,
  { windowMs = 0, maxBatch = 500 }: CallLogOptions = {},
): CallLogWriter {
  let pending: CallLog[] = [];
  let batch: { written: Promise<void>; begin: () => void } | undefined;
  /** Cancels the open batch's timer (a timeout with a window, else an immediate). */
  let cancelTimer: () => void = () => undefined;
  let last: Promise<unknown> = Promise.resolve();

  const start = () => {
    cancelTimer();
    batch?.begin();
  };

  const open = () => {
    let begin: () => void = () => undefined;
    const begun = new Promise<void>((resolve) => {
      begin = resolve;
    });
    const written = begun.then(() => {
      const logs = pending;
      pending = [];
      batch = undefined;
      return records.recordCalls(logs);
    });
    last = Promise.allSettled([last, written]); // drain waits for every batch, not only the newest
    batch = { written, begin };
    if (windowMs > 0) {
      const timer = setTimeout(start, windowMs);
      timer.unref(); // pending logs alone do not keep the process up; shutdown drains them
      cancelTimer = () => clearTimeout(timer);
    } else {
      const immediate = setImmediate(start);
      cancelTimer = () => clearImmediate(immediate);
    }
    return batch;
  };

  return {
    write(log) {
      pending.push(log);
      const current = batch ?? open();
      if (pending.length >= maxBatch) {
        start();
      }
      return current.written;
    },
    drain() {
      start();
      return last.then(() => undefined);
    },
  };
}
