/**
 * The stdio transport: messages come in already split, parsed and checked by the frame guard (one
 * JSON.parse a line), answers go out one line each (answer-json.ts). It keeps the ids of requests
 * read and not yet answered, so that when stdin ends (or SIGTERM comes) requests already read are
 * still answered, up to MCP_SHUTDOWN_TIMEOUT_MS: the transport does not end with its input; the
 * session closes it after the drain.
 */
import type { Readable, Writable } from 'node:stream';
import type { JSONRPCMessage, Transport } from '@modelcontextprotocol/server';
import { startNotingJsonText } from '../../data/json-text.js';
import { answerLine } from './answer-json.js';

type Id = string | number;

function requestId(message: JSONRPCMessage): Id | undefined {
  return 'method' in message && 'id' in message ? message.id : undefined;
}

function answerId(message: JSONRPCMessage): Id | undefined {
  return !('method' in message) && 'id' in message && message.id !== null ? message.id : undefined;
}

export class StdioLineTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private readonly pending = new Set<Id>();
  private onIdle: (() => void) | undefined;
  private closed = false;

  /** `messages`: the frame guard's output; `output`: where answer lines go (stdout). */
  constructor(
    private readonly messages: Readable,
    private readonly output: Writable,
  ) {
    startNotingJsonText();
  }

  private readonly onData = (message: JSONRPCMessage) => {
    const id = requestId(message);
    if (id !== undefined) {
      this.pending.add(id);
    } else if ('method' in message && message.method === 'notifications/cancelled') {
      // A cancelled request gets no answer: it is no longer waited for.
      const cancelled: unknown = message.params?.requestId;
      if (typeof cancelled === 'string' || typeof cancelled === 'number') {
        this.settle(cancelled);
      }
    }
    this.onmessage?.(message);
  };

  private settle(id: Id): void {
    if (this.pending.delete(id) && this.pending.size === 0) {
      this.onIdle?.();
    }
  }

  private readonly onOutputError = (error: Error) => {
    // Once closed, a client that went away (EPIPE) is nobody's concern.
    if (!this.closed) {
      this.onerror?.(error);
      void this.close();
    }
  };

  async start(): Promise<void> {
    this.messages.on('data', this.onData);
    this.output.on('error', this.onOutputError);
  }

  /** Resolves once the line is handed to the output (after 'drain' when its buffer is full). */
  send(message: JSONRPCMessage): Promise<void> {
    if (this.closed) {
      return Promise.reject(new Error('the stdio transport is closed'));
    }
    const written = this.output.write(answerLine(message));
    const id = answerId(message);
    if (id !== undefined) {
      this.settle(id);
    }
    if (written) {
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const settled = (error?: Error) => {
        this.output.off('drain', settled);
        this.output.off('error', settled);
        error ? reject(error) : resolve();
      };
      this.output.once('drain', settled);
      this.output.once('error', settled);
    });
  }

  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    this.messages.off('data', this.onData);
    this.messages.pause();
    this.onclose?.();
  }

  inFlight(): number {
    return this.pending.size;
  }

  /** Resolves true when every request read so far is answered, false at the timeout. */
  async idle(timeoutMs: number): Promise<boolean> {
    if (this.pending.size === 0) {
      return true;
    }
    let timer: NodeJS.Timeout | undefined;
    const done = await new Promise<boolean>((resolve) => {
      this.onIdle = () => resolve(true);
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    clearTimeout(timer);
    return done;
  }
}
