/** Resident memory of another process, from /proc (Linux), and a sampler that keeps every reading. */
import { readFileSync } from 'node:fs';

export function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match?.[1]) {
    throw new Error(`no VmRSS for process ${pid}`);
  }
  return Number(match[1]) * 1024;
}

export function sampleRss(pid: number, everyMs: number): { samples: number[]; stop(): void } {
  const samples: number[] = [rssBytes(pid)];
  const timer = setInterval(() => samples.push(rssBytes(pid)), everyMs);
  return { samples, stop: () => clearInterval(timer) };
}

export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
