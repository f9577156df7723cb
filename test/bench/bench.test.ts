/**
 * The bench harness in a tiny configuration: every part runs for real (the built servers, the
 * sandbox, real clients) and produces well-formed figures, tables and targets. Timings are never
 * asserted: this shared machine is too noisy, and `npm run bench` is where figures come from.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memoryStorage } from '../../generator/io/storage.js';
import { run } from '../../generator/run.js';
import { type BenchResults, runBench } from './bench.js';
import { DEFAULTS, parseOptions } from './options.js';
import { peerBody } from './peer.js';
import { renderReport } from './report.js';
import { percentile, summarize } from './stats.js';
import { describeError } from './suite-concurrency.js';
import { writeSyntheticIntegration } from './synthetic-spec.js';
import { judgeTargets } from './targets-check.js';

const temp = mkdtempSync(path.join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const positive = expect.any(Number);

describe('bench harness, tiny run', () => {
  let results: BenchResults;

  it('runs calls, cold start, concurrency and context against the built servers', async () => {
    // The peer is left out here: preparing it installs its dependencies from the registry (`npm run bench` runs it).
    const options = {
      ...DEFAULTS,
      only: ['calls', 'cold', 'concurrency', 'context'] as const,
      rounds: 1,
      calls: 3,
      warmup: 1,
      coldStarts: 1,
      clients: [3],
      levelCalls: 6,
      peer: false,
      outDir: temp,
    };
    results = await runBench({ ...options, only: [...options.only] });

    const calls = results.suites.calls;
    expect(calls?.targets.map((t) => t.id)).toEqual([
      'direct',
      'minimal-stdio',
      'minimal-http',
      'generated-stdio',
      'generated-http',
      'sealed',
      'store',
      'store-pg',
    ]);
    expect(calls?.skipped).toContainEqual({ id: 'peer-stdio', reason: 'left out with --no-peer' });
    expect(results.peer).toEqual({ reason: 'left out with --no-peer' });
    for (const target of calls?.targets ?? []) {
      expect(target.get).toMatchObject({ p50: positive, p99: positive, perSecond: positive, count: 3 });
      expect(target.list.count).toBe(3);
      expect(target.get.p99).toBeGreaterThanOrEqual(target.get.p50);
    }
    expect(calls?.ratios.map((r) => r.name.split(' ')[0])).toEqual(
      expect.arrayContaining(['(b)/(a)', '(c)/(b)', '(d)/(b)', '(d2)/(d)', '(e)/(d)', '(e2)/(d)']),
    );
    for (const ratio of calls?.ratios ?? []) {
      expect(ratio.get).toBeGreaterThan(0);
    }

    const cold = results.suites.cold;
    expect(cold?.rows.map((r) => `${r.program} ${r.transport} ${r.tools}`)).toEqual([
      'minimal stdio 2',
      'minimal http 2',
      'generated stdio 59',
      'generated http 59',
      'node -e 0 exit 0',
    ]);
    expect(cold?.ratios.stdio).toBeGreaterThan(0);

    expect(results.suites.concurrency?.map((l) => [l.program, l.clients, l.calls, l.errors])).toEqual([
      ['generated', 3, 6, 0],
      ['minimal', 3, 6, 0],
    ]);

    const context = results.suites.context;
    expect(context?.rows.slice(0, 3).map((r) => [r.name.split(' ')[0], r.tools])).toEqual([
      ['full', 59],
      ['read-only', 33],
      ['users+groups', 14],
    ]);
    for (const row of context?.rows ?? []) {
      expect(row.tokens).toBeGreaterThan(row.tools * 20);
      expect(row.modelTokens).toBeGreaterThan(0);
      expect(row.modelTokens).toBeLessThanOrEqual(row.tokens);
    }
    // Discovery mode serves search_tools, get_tool_schema and call_tool in place of the list.
    if (!context?.skipped.some((s) => s.name.startsWith('discovery'))) {
      expect(context?.rows[3]).toMatchObject({ name: 'discovery (--tool-exposure discovery)', tools: 3 });
    }
    expect(context?.skipped).toContainEqual({ name: 'peer', reason: 'left out with --no-peer' });
  }, 180_000);

  it('renders every part and judges the targets it measured', () => {
    const report = renderReport(results);
    for (const heading of [
      '### Per call',
      '### Cold start',
      '### Streamable HTTP under concurrent clients',
      '### Context cost',
      '### Targets',
    ]) {
      expect(report).toContain(heading);
    }
    expect(report).not.toContain('### Generator');
    const verdicts = judgeTargets(results);
    expect(verdicts.find((v) => v.target.startsWith('cold start, stdio'))?.met).toEqual(expect.any(Boolean));
    expect(verdicts.find((v) => v.target.startsWith('--check on Egnyte'))).toMatchObject({
      value: 'not measured',
      met: null,
    });
  });
});

describe('synthetic integrations', () => {
  it.each([1, 7, 12])(
    '%i endpoints generate exactly that many tools, without a diagnostic',
    async (endpoints) => {
      const specsRoot = path.join(temp, `specs-${endpoints}`);
      const name = writeSyntheticIntegration(specsRoot, endpoints);
      const result = await run({ specsRoot, outRoot: 'unused', mode: 'check', only: [name], storage: memoryStorage() });
      expect(result.diagnostics).toEqual([]);
      expect(result.plans[0]?.tools).toHaveLength(endpoints);
    },
    60_000,
  );
});

describe('options and statistics', () => {
  it('parses part selection and bounds, refusing what it cannot run', () => {
    expect(parseOptions(['--only', 'calls', '--rounds', '1'])).toMatchObject({
      only: ['calls'],
      rounds: 1,
      calls: DEFAULTS.calls,
    });
    expect(parseOptions(['--clients', '1,50', '--sizes', '100'])).toMatchObject({ clients: [1, 50], sizes: [100] });
    expect(parseOptions(['--help'])).toBeUndefined();
    expect([parseOptions([])?.peer, parseOptions(['--no-peer'])?.peer]).toEqual([true, false]);
    expect(() => parseOptions(['--only', 'calls,speed'])).toThrow(
      '--only takes calls, cold, concurrency, generator, context (got "calls,speed")',
    );
    expect(() => parseOptions(['--rounds', '0'])).toThrow('--rounds must be a whole number from 1 to 20 (got "0")');
    expect(() => parseOptions(['--clients', '10,x'])).toThrow(
      '--clients must be a whole number from 1 to 250 (got "x")',
    );
    expect(() => parseOptions(['--fast'])).toThrow();
  });

  it('reports a failed call with its causes: "fetch failed" alone does not say reset from refused', () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    expect(describeError(new TypeError('fetch failed', { cause: reset }))).toBe(
      'fetch failed <- ECONNRESET read ECONNRESET',
    );
    expect(describeError('plain')).toBe('plain');
  });

  it("reads the peer's answers: status prefix, then the body; a non-2xx status is a failure", () => {
    expect(peerBody('API Response (Status: 200):\n{"a":1}')).toEqual({ ok: true, body: '{"a":1}' });
    expect(peerBody('API Response (Status: 404):\n{}')).toEqual({ ok: false, body: '{}' });
    expect(peerBody('{"data":[]}')).toBeUndefined();
  });

  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect([percentile(samples, 50), percentile(samples, 99), percentile(samples, 100), percentile([7], 99)]).toEqual([
      50, 99, 100, 7,
    ]);
    expect(summarize([1, 2, 3, 4], 8)).toEqual({ p50: 2, p99: 4, perSecond: 500, count: 4 });
  });
});
