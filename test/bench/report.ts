/** The printed report: one Markdown table per part (pasteable into the README), then the targets. */
import type { BenchResults } from './bench.js';
import { judgeTargets } from './targets-check.js';

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
const whole = (value: number) => (Number.isFinite(value) ? String(Math.round(value)) : 'n/a');
const times = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');
const mib = (bytes: number | null) => (bytes === null ? 'n/a' : (bytes / 1048576).toFixed(0));

export function renderReport(results: BenchResults): string {
  const { machine, options, suites } = results;
  const peer =
    results.peer && 'name' in results.peer
      ? `peer: ${results.peer.name}`
      : `peer left out: ${results.peer?.reason ?? 'not needed by these parts'}`;
  const parts: string[] = [
    `Machine: ${machine.cpu} x${machine.cores}, ${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}, MCP SDK ${machine.sdk}; ` +
      `load average ${machine.loadStart.toFixed(1)} at start, ${machine.loadEnd.toFixed(1)} at end; commit ${machine.commit}; ${results.startedAt}`,
    `Options: rounds ${options.rounds}, calls ${options.calls} (+${options.warmup} warm-up), cold starts ${options.coldStarts}, clients ${options.clients.join('/')} sharing ${options.levelCalls} calls, sizes ${options.sizes.join('/')}; ${peer}`,
  ];
  if (suites.calls) {
    const c = suites.calls;
    parts.push(
      '### Per call (ms; medians over rounds)',
      table(
        ['target', 'get p50', 'get p99', 'get calls/s', 'list 100 p50', 'list 100 p99', 'list calls/s'],
        c.targets.map((t) => [
          t.name,
          ms(t.get.p50),
          ms(t.get.p99),
          whole(t.get.perSecond),
          ms(t.list.p50),
          ms(t.list.p99),
          whole(t.list.perSecond),
        ]),
      ),
      table(
        ['ratio of p50 (median of per-round ratios)', 'get', 'list 100'],
        c.ratios.map((r) => [r.name, times(r.get), times(r.list)]),
      ),
      ...c.skipped.map((s) => `Left out: ${s.id}: ${s.reason}`),
    );
  }
  if (suites.cold) {
    const c = suites.cold;
    parts.push(
      '### Cold start: spawn to first tools/list answer (ms)',
      table(
        ['program', 'transport', 'median', 'per round', 'tools'],
        c.rows.map((r) => [r.program, r.transport, whole(r.ms), r.rounds.map(whole).join(' / '), String(r.tools)]),
      ),
      `generated / minimal: stdio ${times(c.ratios.stdio)}, HTTP ${times(c.ratios.http)}` +
        (c.peer
          ? `; peer / minimal, stdio ${times(c.peer.peerToMinimal)}; generated / peer, stdio ${times(c.peer.generatedToPeer)}`
          : ''),
    );
  }
  if (suites.concurrency) {
    parts.push(
      '### Streamable HTTP under concurrent clients (get user; medians over rounds)',
      table(
        ['server', 'clients', 'calls', 'calls/s', 'p50 ms', 'p99 ms', 'p99/p50', 'errors', 'peak RSS MiB'],
        suites.concurrency.map((l) => [
          l.program,
          String(l.clients),
          String(l.calls),
          whole(l.perSecond),
          ms(l.p50),
          ms(l.p99),
          times(l.p99 / l.p50),
          String(l.errors),
          mib(l.peakRssBytes),
        ]),
      ),
      ...suites.concurrency
        .filter((l) => l.firstError)
        .map((l) => `First error (${l.program} x${l.clients}): ${l.firstError}`),
    );
  }
  if (suites.generator) {
    const g = suites.generator;
    parts.push(
      '### Generator (ms; medians over rounds, each run in a fresh process)',
      table(
        [
          'integration',
          'mode',
          'endpoints',
          'wall',
          'node+tsx boot',
          'module load',
          'run()',
          'own CPU (load+run)',
          'run() per endpoint',
        ],
        g.rows.map((r) => [
          r.integration,
          r.mode,
          String(r.endpoints),
          whole(r.wallMs),
          whole(r.bootMs),
          whole(r.loadMs),
          whole(r.workMs),
          whole(r.ownCpuMs),
          ms(r.perEndpointMs),
        ]),
      ),
      `\`npm run generate -- --check\` on Egnyte answered from the generate record: ${whole(g.npmCheck.wallMs)} ms wall, of which npm adds ${whole(g.npmCheck.npmShareMs)} ms; the \`npm --check\` rows give the CPU of the whole process tree`,
      g.flatness
        ? `Per-endpoint run() at ${g.flatness.to} over ${g.flatness.from} endpoints: generate ${times(g.flatness.generate)}, check ${times(g.flatness.check)}`
        : '',
    );
  }
  if (suites.context) {
    const c = suites.context;
    parts.push(
      `### Context cost of tools/list (${c.tokenizer} tokens)`,
      table(
        ['served', 'tools', 'bytes', 'tokens', 'per tool', 'model-facing per tool', '~4 chars/token estimate'],
        c.rows.map((r) => [
          r.name,
          String(r.tools),
          String(r.bytes),
          String(r.tokens),
          (r.tokens / r.tools).toFixed(1),
          (r.modelTokens / r.tools).toFixed(1),
          String(r.estimate),
        ]),
      ),
      ...c.skipped.map((s) => `Left out: ${s.name}: ${s.reason}`),
    );
  }
  parts.push(
    '### Targets',
    table(
      ['target', 'this run', 'met'],
      judgeTargets(results).map((v) => [v.target, v.value, v.met === null ? '-' : v.met ? 'yes' : 'NO']),
    ),
  );
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}
