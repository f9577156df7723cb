/** An upstream that answers badly on purpose: huge pages, compression bombs, echoed tokens, deep JSON, silence. */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export interface HostileUpstream {
  url: string;
  /** Paths requested, in order. */
  hits: string[];
  /** Resolves when a request to /v1/links/silent has been received, then when its connection closed. */
  silentArrived: Promise<void>;
  silentClosed: Promise<void>;
  close(): Promise<void>;
}

/** `{"a":{"a":...1...}}` nested `depth` levels, built as text (stringifying it could overflow the stack). */
export function deepJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

export const BOMB_INFLATED_BYTES = 64 * 1024 * 1024;
// 64 MiB of spaces compresses to about 64 kB: built once per process.
let bomb: Buffer | undefined;
function gzipBomb(): Buffer {
  bomb ??= gzipSync(Buffer.alloc(BOMB_INFLATED_BYTES, 0x20), { level: 9 });
  return bomb;
}

function answer(res: ServerResponse, id: string, token: string): void {
  switch (id) {
    case 'angle-page': // every "<" opens a tag that never closes: quadratic for a backtracking tag regex
      res.writeHead(502, { 'content-type': 'text/html' }).end(`<html>${'<'.repeat(1_000_000)}`);
      return;
    case 'html-page':
      res
        .writeHead(503, { 'content-type': 'text/html' })
        .end(
          `<html><head><title>Service Unavailable</title></head><body>${'<p>busy</p>'.repeat(20_000)}</body></html>`,
        );
      return;
    case 'bomb':
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(gzipBomb());
      return;
    case 'echo-text':
      res.writeHead(401, { 'content-type': 'text/plain' }).end(`you sent Bearer ${token}`);
      return;
    case 'echo-json':
      res
        .writeHead(400, { 'content-type': 'application/json' })
        .end(
          JSON.stringify({ errorMessage: `bad token ${token}; header was Authorization: Basic dXNlcjpwYXNzd29yZA==` }),
        );
      return;
    case 'echo-success':
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ id: 'x', note: `token=${token}` }));
      return;
    case 'deep':
      res.writeHead(200, { 'content-type': 'application/json' }).end(deepJson(5000));
      return;
    default:
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"errorMessage":"no such link"}');
  }
}

export async function startHostileUpstream(token: string): Promise<HostileUpstream> {
  const hits: string[] = [];
  let arrived!: () => void;
  let closed!: () => void;
  const silentArrived = new Promise<void>((resolve) => (arrived = resolve));
  const silentClosed = new Promise<void>((resolve) => (closed = resolve));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(path);
    const id = path.slice(path.lastIndexOf('/') + 1); // /v1/links/<id> (fixture) or /pubapi/v1/links/<id> (Egnyte)
    if (id === 'silent') {
      res.on('close', () => closed());
      arrived();
      return; // never answers
    }
    answer(res, id, token);
  });
  // Longer than any client's idle time: a vendor closing a kept-alive socket just as it is reused
  // would show up as network errors that have nothing to do with the answers under test.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    silentArrived,
    silentClosed,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
