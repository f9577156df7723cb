/** A tiny node:http stand-in for the Acme API, recording every request it gets. */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  rawUrl: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeAnswer {
  status: number;
  headers?: Record<string, string>;
  /** JSON body; `text` wins when given. */
  json?: unknown;
  text?: string;
  /** Answer only after this many milliseconds (timeouts). */
  delayMs?: number;
}

export type FakeRoute = (request: RecordedRequest) => FakeAnswer | undefined;

export interface FakeUpstream {
  url: string;
  requests: RecordedRequest[];
  /** Routes tried first (newest first) before the default Acme behaviour. */
  override(route: FakeRoute): void;
  reset(): void;
  close(): Promise<void>;
}

export const USERS = Array.from({ length: 10 }, (_, index) => ({
  id: 1001 + index,
  userName: `user${index + 1}`,
  active: true,
}));
export const FILES = Array.from({ length: 9 }, (_, index) => ({ name: `file${index}.txt` }));
export const EVENTS = Array.from({ length: 5 }, (_, index) => ({ id: index + 1, action: 'create' }));
export const AUDIT_PAGES = [
  { events: [{ n: 1 }, { n: 2 }], nextCursor: 'c2', moreEvents: true },
  { events: [{ n: 3 }, { n: 4 }], nextCursor: 'c3', moreEvents: true },
  { events: [{ n: 5 }], nextCursor: 'c4', moreEvents: false },
];

function acme(request: RecordedRequest): FakeAnswer {
  const { method, path, query } = request;
  if (method === 'GET' && path === '/v2/users') {
    const start = Number(query.get('startIndex') ?? 1);
    const count = Number(query.get('count') ?? 100);
    const matching = query.get('email') ? USERS.slice(0, 1) : USERS;
    return {
      status: 200,
      json: {
        totalResults: matching.length,
        startIndex: start,
        resources: matching.slice(start - 1, start - 1 + count),
      },
    };
  }
  const userMatch = /^\/v2\/users\/(\d+)$/.exec(path);
  if (userMatch) {
    const user = USERS.find((candidate) => candidate.id === Number(userMatch[1]));
    if (!user) {
      return { status: 404, json: { Errors: [{ description: `User ${userMatch[1]} not found.`, code: '404' }] } };
    }
    return { status: 200, json: method === 'PATCH' ? { ...user, ...(request.body as object) } : user };
  }
  if (method === 'GET' && path.startsWith('/v1/fs/')) {
    const offset = Number(query.get('offset') ?? 0);
    const count = Number(query.get('count') ?? 100);
    return { status: 200, json: { files: FILES.slice(offset, offset + count) } };
  }
  if (method === 'GET' && path === '/v1/events') {
    const after = Number(query.get('id'));
    const count = Number(query.get('count') ?? 50);
    const events = EVENTS.filter((event) => event.id > after).slice(0, count);
    if (events.length === 0) {
      return { status: 204 };
    }
    return { status: 200, json: { latest_id: events[events.length - 1]?.id, events } };
  }
  if (method === 'GET' && path === '/v2/audit/stream') {
    const page =
      AUDIT_PAGES[Math.max(0, ['c2', 'c3', 'c4'].indexOf(query.get('nextCursor') ?? '') + 1)] ?? AUDIT_PAGES[0];
    return { status: 200, json: page };
  }
  if (method === 'DELETE' && path.startsWith('/v1/links/')) {
    return { status: 204 };
  }
  if (method === 'GET' && path.startsWith('/v1/links/')) {
    return { status: 200, json: { id: path.slice('/v1/links/'.length) } };
  }
  if (method === 'PATCH' && path.startsWith('/v2/groups/')) {
    return { status: 200, json: { updated: true } };
  }
  return {
    status: 404,
    text: '<html><body><h1>Not Found</h1></body></html>',
    headers: { 'content-type': 'text/html' },
  };
}

export async function startFakeUpstream(): Promise<FakeUpstream> {
  const requests: RecordedRequest[] = [];
  let overrides: FakeRoute[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      rawUrl: req.url ?? '/',
      headers: req.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(request);
    const answer = overrides.map((route) => route(request)).find((found) => found !== undefined) ?? acme(request);
    if (answer.delayMs) {
      await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    }
    if (res.destroyed) {
      return;
    }
    const body = answer.text ?? (answer.json === undefined ? '' : JSON.stringify(answer.json));
    const type = answer.json !== undefined ? { 'content-type': 'application/json' } : {};
    res.writeHead(answer.status, { ...type, ...answer.headers }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    override(route) {
      overrides = [route, ...overrides];
    },
    reset() {
      overrides = [];
      requests.length = 0;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
