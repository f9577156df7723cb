/** The targets, judged from one run's figures: met, missed, or not measured in this run. */
import type { BenchResults } from './bench.js';

export interface TargetVerdict {
  target: string;
  value: string;
  met: boolean | null;
}

const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

function verdict(target: string, value: number | undefined, limit: number, show: (v: number) => string = (v) => `${fixed(v)}x`): TargetVerdict {
  if (value === undefined || !Number.isFinite(value)) return { target, value: 'not measured', met: null };
  return { target, value: show(value), met: value <= limit };
}

export function judgeTargets(results: BenchResults): TargetVerdict[] {
  const { cold, calls, concurrency, generator } = results.suites;
  const ratio = (name: string) => calls?.ratios.find((r) => r.name.startsWith(name));
  const at50 = concurrency?.find((l) => l.program === 'generated' && l.clients === 50);
  const egnyteCheck = generator?.rows.find((r) => r.integration === 'egnyte' && r.mode === 'check');
  const verdicts = [
    verdict('cold start, stdio: generated / minimal <= 1.10', cold?.ratios.stdio, 1.1),
    verdict('cold start, HTTP: generated / minimal <= 1.10', cold?.ratios.http, 1.1),
    verdict('per-call p50, get, stdio (c)/(b) <= 1.10', ratio('(c)/(b)')?.get, 1.1),
    verdict('per-call p50, list, stdio (c)/(b) <= 1.10', ratio('(c)/(b)')?.list, 1.1),
    verdict('per-call p50, get, HTTP (d)/(b) <= 1.10', ratio('(d)/(b)')?.get, 1.1),
    verdict('per-call p50, list, HTTP (d)/(b) <= 1.10', ratio('(d)/(b)')?.list, 1.1),
    verdict('HTTP, 50 clients: p99 / p50 <= 3', at50 ? at50.p99 / at50.p50 : undefined, 3),
    verdict('HTTP, 50 clients: zero errors', at50?.errors, 0, (v) => `${v} errors`),
    verdict('generate: per-endpoint time, largest / smallest size <= 1.5', generator?.flatness?.generate, 1.5),
    verdict('--check: per-endpoint time, largest / smallest size <= 1.5', generator?.flatness?.check, 1.5),
    verdict('--check on Egnyte, own work (module load + run), wall < 1500 ms', egnyteCheck ? egnyteCheck.loadMs + egnyteCheck.workMs : undefined, 1500, (v) => `${Math.round(v)} ms`),
    verdict('--check on Egnyte, own work (module load + run), CPU < 1500 ms', egnyteCheck?.ownCpuMs, 1500, (v) => `${Math.round(v)} ms`),
  ];
  return verdicts;
}
