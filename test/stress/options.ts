/** `npm run stress -- [--minutes N] [--clients N]`: parsed strictly, so a typo never runs a default. */
import { parseArgs } from 'node:util';

export interface StressOptions {
  minutes: number;
  clients: number;
}

export function parseStressOptions(argv: string[]): StressOptions {
  const { values } = parseArgs({
    args: argv,
    options: { minutes: { type: 'string', default: '10' }, clients: { type: 'string', default: '200' } },
    strict: true,
  });
  const minutes = Number(values.minutes);
  const clients = Number(values.clients);
  if (!(minutes > 0 && minutes <= 120)) {
    throw new Error(`--minutes must be a number above 0 and at most 120 (got "${values.minutes}")`);
  }
  if (!Number.isInteger(clients) || clients < 1 || clients > 1000) {
    throw new Error(`--clients must be a whole number from 1 to 1000 (got "${values.clients}")`);
  }
  return { minutes, clients };
}
