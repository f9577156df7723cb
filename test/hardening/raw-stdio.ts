/** The built server over stdio, driven with raw frames (no SDK client: it would never send bad ones). */
import type { ChildProcess } from 'node:child_process';
import { startStdioServer } from '../support/server.js';

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
  const server = startStdioServer(args, env);
  const { child } = server;
  const parsed = () =>
    server
      .stdout()
      .split('\n')
      .slice(0, -1)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    child,
    write: (data) =>
      new Promise((resolve, reject) => child.stdin?.write(data, (error) => (error ? reject(error) : resolve()))),
    async answers(count) {
      // `count` complete lines: woken by the output itself; a server that exits first fails the wait.
      await server.waitFor(new RegExp(`^(?:[^\\n]*\\n){${count}}`), 'stdout');
      return parsed();
    },
    stderr: server.stderr,
    close: () => server.stop({ endInput: true }),
  };
}

export const INITIALIZE = `${JSON.stringify({
  jsonrpc: '2.0',
  id: 0,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } },
})}\n${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`;
