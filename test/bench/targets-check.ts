/** The targets (#22), judged from one run's figures: met, missed, or not measured in this run. */
import type { BenchResults } from './bench.js';

export interface TargetVerdict {
  target: string;
  value: string;
  met: boolean | null;
}

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function verdict(
  target: string,
  value: number | undefined,
  limit: number,
  show: (v: number) => string = (v) => `${fixed(v)}x`,
): TargetVerdict {
  if (value === undefined || !Number.isFinite(value)) {
    return { target, value: 'not measured', met: null };
  }
  return { target, value: show(value), met: value <= limit };
}

/** "Below the peer": our ratio to the peer under 1 (not measured when the peer did not run). */
function belowPeer(target: string, value: number | undefined): TargetVerdict {
  if (value === undefined || !Number.isFinite(value)) {
    return { target, value: 'not measured', met: null };
  }
  return { target, value: `${fixed(value)}x`, met: value < 1 };
}

export function judgeTargets(results: BenchResults): TargetVerdict[] {
  const { cold, calls, concurrency, generator, context } = results.suites;
  const ratio = (name: string) => calls?.ratios.find((r) => r.name.startsWith(name));
  const at50 = concurrency?.find((l) => l.program === 'generated' && l.clients === 50);
  const npmCheck = (mode: string) => generator?.rows.find((r) => r.mode === `npm --check: ${mode}`)?.ownCpuMs;
  const full = context?.rows.find((r) => r.name === 'full server');
  return [
    verdict('cold start, stdio: generated / minimal <= 1.25', cold?.ratios.stdio, 1.25),
    verdict('cold start, HTTP: generated / minimal <= 1.25', cold?.ratios.http, 1.25),
    belowPeer('cold start, stdio: generated / peer < 1', cold?.peer?.generatedToPeer),
    verdict('per-call p50, get, stdio (c)/(b) <= 1.10', ratio('(c)/(b)')?.get, 1.1),
    verdict('per-call p50, list, stdio (c)/(b) <= 1.50', ratio('(c)/(b)')?.list, 1.5),
    belowPeer('per-call p50, list, stdio (c)/(p) generated / peer < 1', ratio('(c)/(p)')?.list),
    verdict('per-call p50, get, HTTP (d)/(b) <= 1.10', ratio('(d)/(b)')?.get, 1.1),
    verdict('per-call p50, list, HTTP (d)/(b) <= 1.50', ratio('(d)/(b)')?.list, 1.5),
    verdict('store URL (SQLite) / plain /mcp, get p50 <= 1.10', ratio('(e)/(d)')?.get, 1.1),
    verdict('store URL (PostgreSQL) / plain /mcp, get p50 <= 1.25', ratio('(e2)/(d)')?.get, 1.25),
    verdict('HTTP, 50 clients: p99 / p50 <= 3', at50 ? at50.p99 / at50.p50 : undefined, 3),
    verdict('HTTP, 50 clients: zero errors', at50?.errors, 0, (v) => `${v} errors`),
    verdict(
      'tools/list tokens per tool (full server, output schemas on) <= 220',
      full ? full.tokens / full.tools : undefined,
      220,
      (v) => fixed(v, 1),
    ),
    verdict('model-facing tokens per tool <= 160', full ? full.modelTokens / full.tools : undefined, 160, (v) =>
      fixed(v, 1),
    ),
    verdict('generate: per-endpoint time, largest / smallest size <= 1.5', generator?.flatness?.generate, 1.5),
    verdict('--check: per-endpoint time, largest / smallest size <= 1.5', generator?.flatness?.check, 1.5),
    verdict(
      '--check on Egnyte (npm run generate -- --check), CPU <= 1500 ms',
      npmCheck('record, bundle built'),
      1500,
      (v) => `${Math.round(v)} ms`,
    ),
    verdict(
      '--check on Egnyte in a clean clone, CPU <= 1500 ms',
      npmCheck('record, clean clone'),
      1500,
      (v) => `${Math.round(v)} ms`,
    ),
  ];
}
