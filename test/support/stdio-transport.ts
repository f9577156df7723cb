/**
 * An SDK client transport over a server child from `startStdioServer`: frames go to its stdin and
 * come from its stdout, so stdio servers start, record their stderr and stop like every other
 * child (the SDK's own StdioClientTransport would spawn a second, unmanaged way).
 */
import { type JSONRPCMessage, ReadBuffer, serializeMessage, type Transport } from '@modelcontextprotocol/client';
import type { Child } from './child.js';

export class ChildStdioTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onerror?: (error: Error) => void;
  onclose?: () => void;
  private readonly frames = new ReadBuffer();

  constructor(private readonly server: Child) {}

  async start(): Promise<void> {
    this.server.child.stdout?.on('data', (chunk: Buffer) => {
      this.frames.append(chunk);
      try {
        for (let message = this.frames.readMessage(); message; message = this.frames.readMessage()) {
          this.onmessage?.(message);
        }
      } catch (error) {
        this.onerror?.(error as Error);
      }
    });
    void this.server.exited.then(() => this.onclose?.());
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve, reject) =>
      this.server.child.stdin?.write(serializeMessage(message), (error) => (error ? reject(error) : resolve())),
    );
  }

  /** Ends the server's input (how a stdio server is asked to stop), SIGKILL if it does not. */
  close(): Promise<void> {
    return this.server.stop({ endInput: true });
  }
}
