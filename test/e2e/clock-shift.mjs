/**
 * Test-only Node preload (`--import`, set through NODE_OPTIONS by `shiftedClock()` in clock.ts):
 * shifts `Date.now()` and `new Date()` in the server child by the milliseconds written in the file
 * named by TEST_CLOCK_FILE, so a test can move the child's clock past an expiry instead of sleeping.
 * The file is re-read on every reading, so a change is seen by the very next request.
 * Plain JavaScript because the child is plain `node` with no TypeScript loader.
 */
import { readFileSync } from 'node:fs';

const file = process.env.TEST_CLOCK_FILE;
if (!file) {
  throw new Error('clock-shift.mjs: TEST_CLOCK_FILE is not set');
}

const RealDate = Date;

function offsetMs() {
  const text = readFileSync(file, 'utf8').trim();
  const offset = Number(text);
  if (!Number.isFinite(offset)) {
    throw new Error(`clock-shift.mjs: ${file} holds "${text}", not a number of milliseconds`);
  }
  return offset;
}

class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) {
      super(RealDate.now() + offsetMs());
    } else {
      super(...args);
    }
  }

  static now() {
    return RealDate.now() + offsetMs();
  }
}

globalThis.Date = ShiftedDate;
