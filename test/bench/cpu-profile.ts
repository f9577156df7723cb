/**
 * `npx tsx test/bench/cpu-profile.ts <file.cpuprofile> [rows]`: where a `node --cpu-prof` run spent
 * its time, as text: self time by package (or generator/runtime folder), then the functions with
 * the most inclusive time. How to make the profiles: README, "Benchmarks".
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function owner(url: string, name: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) {
    return pkg;
  }
  const local = /\/(generator\/[^/]+|runtime|test\/[^/]+)\//.exec(url)?.[1];
  return local ?? (url || name);
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(generator|generated|templates|test)\//, '$1/')}:${lineNumber + 1}`;
}

function top(map: Map<string, number>, rows: number): string[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([key, us]) => `${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`);
}

export function summarizeProfile(profile: CpuProfile, rows = 25): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parent.set(child, node.id);
    }
  }
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    const node = byId.get(id);
    if (!node) {
      return;
    }
    const pkg = owner(node.callFrame.url, node.callFrame.functionName);
    self.set(pkg, (self.get(pkg) ?? 0) + delta);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      if (!frame) {
        break;
      }
      const key = label(frame);
      if (seen.has(key)) {
        continue;
      }
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + delta);
    }
  });
  return [
    `sampled ${(total / 1000).toFixed(0)} ms`,
    '-- self time by package',
    ...top(self, rows),
    '-- inclusive time by function',
    ...top(inclusive, rows * 2),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, rows] = process.argv.slice(2);
  if (!file) {
    console.error('usage: npx tsx test/bench/cpu-profile.ts <file.cpuprofile> [rows]');
    process.exitCode = 2;
  } else {
    console.log(
      summarizeProfile(
        JSON.parse(readFileSync(file, 'utf8')) as CpuProfile,
        rows === undefined ? undefined : Number(rows),
      ),
    );
  }
}
