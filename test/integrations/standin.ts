/**
 * A tiny node:http stand-in for a vendor API: records every request exactly as it arrived (raw
 * URL, headers, body text) and answers through a route function the test supplies.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  method: string;
  /** Path as sent (still percent-encoded). */
  rawPath: string;
  query: URLSearchParams;
  rawQuery: string;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
}

export interface StandIn {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startStandIn(
  route: (request: SeenRequest, base: string) => Answer | Promise<Answer>,
): Promise<StandIn> {
  const requests: SeenRequest[] = [];
  let base = '';
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }
    const raw = req.url ?? '/';
    const queryAt = raw.indexOf('?');
    const request: SeenRequest = {
      method: req.method ?? 'GET',
      rawPath: queryAt < 0 ? raw : raw.slice(0, queryAt),
      rawQuery: queryAt < 0 ? '' : raw.slice(queryAt + 1),
      query: new URL(raw, 'http://standin').searchParams,
      headers: req.headers,
      text: Buffer.concat(chunks).toString('utf8'),
    };
    requests.push(request);
    const answer = await route(request, base);
    const body = answer.json === undefined ? '' : JSON.stringify(answer.json);
    res
      .writeHead(answer.status, {
        ...(answer.json === undefined ? {} : { 'content-type': 'application/json' }),
        ...answer.headers,
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** `count` numbered records built by `make`. */
export function records<T>(count: number, make: (n: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index + 1));
}
