/**
 * `npm run sandbox [-- --port 4010 --seed 4 --now 2026-01-15T12:00:00Z|now --qps 2 --per-day 1000 --throttle-mode legacy403|429]`
 * Starts the sandbox on 127.0.0.1 and prints the base URL and the access token it accepts.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_PORT, DEFAULT_SEED, SEED_FACTS } from './facts.js';
import { startSandbox } from './server.js';
import type { RateLimit, ThrottleMode } from './throttle.js';

function numberFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`--${name} must be a non-negative integer`);
  }
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      seed: { type: 'string' },
      now: { type: 'string' },
      qps: { type: 'string' },
      'per-day': { type: 'string' },
      'throttle-mode': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(
      'Usage: npm run sandbox -- [--port 4010] [--seed 4] [--now ISO|now] [--qps N] [--per-day N] [--throttle-mode legacy403|429]',
    );
    return 0;
  }
  const mode = values['throttle-mode'];
  if (mode !== undefined && mode !== 'legacy403' && mode !== '429') {
    throw new Error('--throttle-mode must be legacy403 or 429');
  }
  const qps = numberFlag(values.qps, 'qps');
  const perDay = numberFlag(values['per-day'], 'per-day');
  const rateLimit: RateLimit | undefined =
    qps !== undefined || perDay !== undefined ? { qps, perDay, mode: mode as ThrottleMode | undefined } : undefined;
  // `--now now` uses the wall clock (handy for a live demo); the default fixed date keeps runs identical.
  const now = values.now === undefined ? undefined : values.now === 'now' ? Date.now() : Date.parse(values.now);
  if (now !== undefined && Number.isNaN(now)) {
    throw new Error('--now must be an ISO-8601 date');
  }

  const sandbox = await startSandbox({
    port: numberFlag(values.port, 'port') ?? DEFAULT_PORT,
    seed: numberFlag(values.seed, 'seed') ?? DEFAULT_SEED,
    now,
    rateLimit,
  });
  console.log(`Egnyte sandbox listening on ${sandbox.baseUrl}`);
  console.log(`  access token : ${sandbox.token}   (user "${SEED_FACTS.tokenUserName}", an admin)`);
  console.log(`  seed         : ${sandbox.seed}`);
  console.log(
    `  tenant "now" : ${new Date(sandbox.clock.now()).toISOString()}  (audit stream startDate must be within 7 days before it)`,
  );
  console.log(`  rate limit   : ${rateLimit ? JSON.stringify(rateLimit) : 'off'}`);
  console.log(
    `  OAuth app    : EGNYTE_CLIENT_ID=${sandbox.oauth.clientId} EGNYTE_CLIENT_SECRET=${sandbox.oauth.clientSecret} (authorize and token at /puboauth/token)`,
  );
  console.log(
    `  try          : curl -H "Authorization: Bearer ${sandbox.token}" ${sandbox.baseUrl}/pubapi/v1/userinfo`,
  );
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== 0) {
      process.exitCode = code;
    }
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
