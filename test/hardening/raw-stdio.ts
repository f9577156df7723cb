/** The built server over stdio, driven with raw frames (no SDK client: it would never send bad ones). */
import { type ChildProcess, spawn } from 'node:child_process';
import { assertBuilt, CLI, childEnv } from '../e2e/helpers.js';

export interface RawStdio {
  child: ChildProcess;
  /** Writes bytes as they are; add "\n" to end a frame. */
  write(data: string | Buffer): Promise<void>;
  /** Waits until `count` answers (stdout lines) have arrived in total, and returns them all, parsed. */
  answers(count: number): Promise<Array<Record<string, unknown>>>;
  stderr(): string;
  close(): Promise<void>;
}

export function startRawStdio(env: Record<string, string> = {}, args: string[] = []): RawStdio {
  assertBuilt();
  const child = spawn(process.execPath, [CLI, ...args], { env: childEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: Array<Record<string, unknown>> = [];
  const waiters: Array<() => void> = [];
  let pending = '';
  let errors = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    let index: number;
    // biome-ignore lint/suspicious/noAssignInExpressions: the usual line-splitting loop
    while ((index = pending.indexOf('\n')) >= 0) {
      lines.push(JSON.parse(pending.slice(0, index)) as Record<string, unknown>);
      pending = pending.slice(index + 1);
    }
    for (const wake of waiters.splice(0)) {
      wake();
    }
  });
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    write: (data) =>
      new Promise((resolve, reject) => child.stdin?.write(data, (error) => (error ? reject(error) : resolve()))),
    async answers(count) {
      while (lines.length < count) {
        if (child.exitCode !== null) {
          throw new Error(`server exited (code ${child.exitCode}) after ${lines.length} answers: ${errors}`);
        }
        await Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), exited]);
      }
      return lines.slice();
    },
    stderr: () => errors,
    async close() {
      child.stdin?.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export const INITIALIZE = `${JSON.stringify({
  jsonrpc: '2.0',
  id: 0,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
})}\n${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`;
