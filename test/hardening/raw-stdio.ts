/** The built server over stdio, driven with raw frames (no SDK client: it would never send bad ones). */
import type { ChildProcess } from 'node:child_process';
import { startStdioServer } from '../support/server.js';

export interface RawStdio {
  child: ChildProcess;
  /** Writes bytes as they are; add "\n" to end a frame. */
  write(data: string | Buffer): Promise<void>;
  /**
   * Waits for the next `count` answers (stdout lines) after those already returned, and returns
   * them parsed: each test reads its own answers, whatever ran before it.
   */
  answers(count: number): Promise<Array<Record<string, unknown>>>;
  stderr(): string;
  close(): Promise<void>;
}

export function startRawStdio(env: Record<string, string> = {}, args: string[] = []): RawStdio {
  const server = startStdioServer(args, env);
  const { child } = server;
  let returned = 0;
  return {
    child,
    write: (data) =>
      new Promise((resolve, reject) => child.stdin?.write(data, (error) => (error ? reject(error) : resolve()))),
    async answers(count) {
      // Woken by the output itself; a server that exits first fails the wait.
      const wanted = returned + count;
      await server.waitUntil((text) => text.split('\n').length > wanted, 'stdout');
      const lines = server.stdout().split('\n').slice(returned, wanted);
      returned = wanted;
      return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
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
