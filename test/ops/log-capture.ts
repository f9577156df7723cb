/** A pino logger writing into memory, and the parsed lines it wrote. */
import { Writable } from 'node:stream';
import type { Logger } from 'saas-mcp-runtime/host';
import { createLogger } from '../../templates/runtime/src/ops/log.js';

export interface CapturedLog {
  log: Logger;
  lines(): Array<Record<string, unknown>>;
}

export function captureLog(): CapturedLog {
  let text = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  const log = createLogger({ level: 'info', format: 'json', destination });
  return {
    log,
    lines: () =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}
