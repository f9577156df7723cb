/**
 * The server side of the legacy HTTP+SSE transport (2024-11-05): one event stream per session
 * (`endpoint` event first, then one `message` event per JSON-RPC message) and POSTed client messages.
 * It mirrors the SDK's frozen copy (`@modelcontextprotocol/server-legacy/sse`) line for line, but
 * that package requires Express as a peer dependency, which the runtime must not install
 * (design.md §4e); the JSON-RPC parsing is the v2 SDK's own.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type JSONRPCMessage, parseJSONRPCMessage, type Transport } from '@modelcontextprotocol/server';

export class SseServerTransport implements Transport {
  readonly sessionId = randomUUID();
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: Transport['onmessage'];
  private stream: ServerResponse | undefined;

  constructor(
    private readonly endpoint: string,
    private readonly res: ServerResponse,
  ) {}

  async start(): Promise<void> {
    if (this.stream) {
      throw new Error('SseServerTransport already started');
    }
    this.res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
    });
    const url = new URL(this.endpoint, 'http://localhost');
    url.searchParams.set('sessionId', this.sessionId);
    this.res.write(`event: endpoint\ndata: ${url.pathname}${url.search}${url.hash}\n\n`);
    this.stream = this.res;
    this.res.on('close', () => {
      this.stream = undefined;
      this.onclose?.();
    });
  }

  /** A POSTed message whose body the HTTP layer already read and parsed (size-capped there). */
  async handlePostMessage(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    if (!this.stream) {
      res.writeHead(500).end('SSE connection not established');
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      const error = new Error(`Unsupported content-type: ${type ?? ''}`);
      res.writeHead(400).end(String(error));
      this.onerror?.(error);
      return;
    }
    let message: JSONRPCMessage;
    try {
      message = parseJSONRPCMessage(body);
    } catch (error) {
      this.onerror?.(error as Error);
      res.writeHead(400).end(`Invalid message: ${JSON.stringify(body)}`);
      return;
    }
    this.onmessage?.(message);
    res.writeHead(202).end('Accepted');
  }

  async close(): Promise<void> {
    this.stream?.end();
    this.stream = undefined;
    this.onclose?.();
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (!this.stream) {
      throw new Error('Not connected');
    }
    this.stream.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
  }
}
