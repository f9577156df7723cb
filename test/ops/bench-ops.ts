/**
 * `npm run bench:ops`: what metrics and logs cost per tool call. The same calls run through real
 * HTTP against a local upstream, without observability, with JSON logs (to a null stream), and with
 * logs plus metrics; plus the bare cost of recording one call's metrics and log line. Prints figures.
 */

import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import type { AuditEntry } from '../../templates/runtime/src/calls/audit.js';
import { observeCalls } from '../../templates/runtime/src/ops/call-lines.js';
import { createLogger } from '../../templates/runtime/src/ops/log.js';
import { createMetrics, type Metrics } from '../../templates/runtime/src/ops/metrics.js';
import { startFakeUpstream } from '../runtime/fake-upstream.js';
import { fixture } from '../runtime/fixture.js';
import { startTestServer } from '../runtime/harness.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const nullStream = () => new Writable({ write: (_chunk, _encoding, done) => done() });
const names = fixture.tools.map((tool) => tool.name);

async function perCall(label: string, withLog: boolean, withMetrics: boolean): Promise<number> {
  const upstream = await startFakeUpstream();
  const log = withLog ? createLogger({ level: 'info', format: 'json', destination: nullStream() }) : undefined;
  const metrics: Metrics | undefined = withMetrics ? createMetrics(names, { processDefaults: false }) : undefined;
  const audit = log ? observeCalls(() => undefined, log, metrics) : () => undefined;
  const server = await startTestServer(upstream.url, { runtime: { audit }, http: { ops: { log, metrics } } });
  const client = await server.connect();
  const call = () => client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1001 } });
  for (let i = 0; i < 200; i++) {
    await call(); // warm-up
  }
  const started = performance.now();
  for (let i = 0; i < CALLS; i++) {
    await call();
  }
  const micros = ((performance.now() - started) * 1000) / CALLS;
  await server.close();
  await upstream.close();
  console.log(`${label.padEnd(28)} ${micros.toFixed(0).padStart(6)} µs per call (${CALLS} sequential calls over HTTP)`);
  return micros;
}

function bareRecording(): void {
  const metrics = createMetrics(names, { processDefaults: false });
  const log = createLogger({ level: 'info', format: 'json', destination: nullStream() });
  const observe = observeCalls(() => undefined, log, metrics);
  const entry: AuditEntry = {
    time: new Date().toISOString(),
    server: 'bench',
    tool: names[0] ?? 'x',
    outcome: 'ok',
    upstream_status: 200,
    duration_ms: 12,
  };
  const rounds = 200_000;
  for (let i = 0; i < 10_000; i++) {
    observe(entry);
  }
  let started = performance.now();
  for (let i = 0; i < rounds; i++) {
    metrics.recordCall(entry);
  }
  const metricsNs = ((performance.now() - started) * 1e6) / rounds;
  started = performance.now();
  for (let i = 0; i < rounds; i++) {
    observe(entry);
  }
  const bothNs = ((performance.now() - started) * 1e6) / rounds;
  console.log(`recording one call: metrics ${metricsNs.toFixed(0)} ns, metrics + log line ${bothNs.toFixed(0)} ns`);
}

// Rounds alternate the three set-ups so that load from other work on the machine hits each alike; the best round counts.
const best = { bare: Infinity, logged: Infinity, observed: Infinity };
for (let round = 0; round < 3; round++) {
  best.bare = Math.min(best.bare, await perCall('no logs, no metrics', false, false));
  best.logged = Math.min(best.logged, await perCall('JSON logs', true, false));
  best.observed = Math.min(best.observed, await perCall('JSON logs + metrics', true, true));
}
console.log(
  `best rounds: ${best.bare.toFixed(0)} / ${best.logged.toFixed(0)} / ${best.observed.toFixed(0)} µs; overhead per call: logs ${(best.logged - best.bare).toFixed(0)} µs, logs + metrics ${(best.observed - best.bare).toFixed(0)} µs`,
);
bareRecording();
