/** `npm run bench -- [flags]`: which parts run and how much; every loop the bench runs is bounded by these. */
import { parseArgs } from 'node:util';

export const SUITES = ['calls', 'cold', 'concurrency', 'generator', 'context'] as const;
export type Suite = (typeof SUITES)[number];

export interface BenchOptions {
  only: Suite[];
  /** Repeated rounds; figures are medians over rounds. */
  rounds: number;
  /** Timed calls per target, call kind and round (after `warmup` untimed ones). */
  calls: number;
  warmup: number;
  /** Spawns per server, transport and round for the cold start. */
  coldStarts: number;
  /** Concurrent client counts for Streamable HTTP. */
  clients: number[];
  /** Calls per concurrency level, shared by its clients (at least 2 each). */
  levelCalls: number;
  /** Synthetic integration sizes (documented endpoints) for the generator. */
  sizes: number[];
  /** Whether the peer (openapi-mcp-generator's server, see peer.ts) runs next to ours. */
  peer: boolean;
  /** Where the JSON results go (git-ignored). */
  outDir: string;
}

export const DEFAULTS: BenchOptions = {
  only: [...SUITES],
  rounds: 3,
  calls: 500,
  warmup: 50,
  coldStarts: 5,
  clients: [1, 10, 50, 200],
  levelCalls: 1000,
  sizes: [100, 300, 1000],
  peer: true,
  outDir: '.tmp/bench',
};

export const USAGE = `Usage: npm run bench -- [options]

  --only LIST         parts to run, comma-separated: ${SUITES.join(', ')} (default: all)
  --rounds N          repeated rounds; figures are medians over rounds (default ${DEFAULTS.rounds})
  --calls N           timed calls per target, call and round (default ${DEFAULTS.calls})
  --warmup N          untimed calls before them (default ${DEFAULTS.warmup})
  --cold-starts N     spawns per server, transport and round (default ${DEFAULTS.coldStarts})
  --clients LIST      concurrent Streamable HTTP clients (default ${DEFAULTS.clients.join(',')})
  --level-calls N     calls per concurrency level (default ${DEFAULTS.levelCalls})
  --sizes LIST        synthetic integration sizes in endpoints (default ${DEFAULTS.sizes.join(',')})
  --no-peer           leave out the peer (openapi-mcp-generator's server; preparing it needs the npm registry once)
  --out DIR           where results JSON goes (default ${DEFAULTS.outDir})
  -h, --help          this help`;

function count(flag: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) {
    return fallback;
  }
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new Error(`--${flag} must be a whole number from ${min} to ${max} (got "${text}")`);
  }
  return value;
}

function counts(flag: string, text: string | undefined, fallback: number[], min: number, max: number): number[] {
  if (text === undefined) {
    return fallback;
  }
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) {
    throw new Error(`--${flag} needs at least one number`);
  }
  return items.map((item) => count(flag, item, 0, min, max));
}

function suites(text: string | undefined): Suite[] {
  if (text === undefined) {
    return [...SUITES];
  }
  const names = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const unknown = names.filter((name) => !(SUITES as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes ${SUITES.join(', ')} (got "${text}")`);
  }
  return SUITES.filter((suite) => names.includes(suite));
}

/** Parses flags; throws an Error with a clear message on bad input. Returns undefined for --help. */
export function parseOptions(argv: string[]): BenchOptions | undefined {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      only: { type: 'string' },
      rounds: { type: 'string' },
      calls: { type: 'string' },
      warmup: { type: 'string' },
      'cold-starts': { type: 'string' },
      clients: { type: 'string' },
      'level-calls': { type: 'string' },
      sizes: { type: 'string' },
      out: { type: 'string' },
      'no-peer': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    return undefined;
  }
  return {
    only: suites(values.only),
    rounds: count('rounds', values.rounds, DEFAULTS.rounds, 1, 20),
    calls: count('calls', values.calls, DEFAULTS.calls, 1, 10_000),
    warmup: count('warmup', values.warmup, DEFAULTS.warmup, 0, 1_000),
    coldStarts: count('cold-starts', values['cold-starts'], DEFAULTS.coldStarts, 1, 50),
    // Each client can hold two connections, and the server takes 512 in all (connection-caps.ts).
    clients: counts('clients', values.clients, DEFAULTS.clients, 1, 250),
    levelCalls: count('level-calls', values['level-calls'], DEFAULTS.levelCalls, 1, 20_000),
    sizes: counts('sizes', values.sizes, DEFAULTS.sizes, 1, 5_000),
    peer: !values['no-peer'],
    outDir: values.out ?? DEFAULTS.outDir,
  };
}
