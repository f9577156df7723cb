/**
 * Egnyte is reached over https. The BUILT server, over stdio and Streamable HTTP, calls the sandbox
 * through an https front on loopback (a self-signed certificate the server trusts through
 * NODE_EXTRA_CA_CERTS) that compresses with brotli whenever asked, as a CDN in front of an API does:
 * calls succeed over TLS on kept-alive connections, brotli answers are inflated, and a
 * certificate the server does not trust is a network error, never a silent downgrade.
 */
import { request as httpRequest } from 'node:http';
import { createServer as createHttpsServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, SEED_FACTS, startSandbox } from '../sandbox/index.js';
import { loopbackCertificate } from '../support/tls.js';
import { type Connected, type EgnyteUser, ok, openServer, TRANSPORTS, textJson } from './helpers.js';

interface Seen {
  acceptEncoding: string;
  sentAs: string;
  socket: number;
}

/** An https reverse proxy to `target` that compresses answers as the client asks (br first). */
async function httpsFront(target: string, tls: { key: string; cert: string }) {
  const seen: Seen[] = [];
  const sockets = new Map<object, number>();
  const server: Server = createHttpsServer(tls, (incoming, outgoing) => {
    const acceptEncoding = String(incoming.headers['accept-encoding'] ?? '');
    const socket = sockets.get(incoming.socket) ?? sockets.size + 1;
    sockets.set(incoming.socket, socket);
    const upstream = httpRequest(
      `${target}${incoming.url}`,
      {
        method: incoming.method,
        headers: { ...incoming.headers, host: new URL(target).host, 'accept-encoding': 'identity' },
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          const sentAs = /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : 'identity';
          seen.push({ acceptEncoding, sentAs, socket });
          const encoded = sentAs === 'br' ? brotliCompressSync(body) : sentAs === 'gzip' ? gzipSync(body) : body;
          const { 'transfer-encoding': _chunked, ...kept } = answer.headers;
          const headers = { ...kept, 'content-length': String(encoded.length) };
          if (sentAs !== 'identity') {
            Object.assign(headers, { 'content-encoding': sentAs });
          }
          outgoing.writeHead(answer.statusCode ?? 502, headers).end(encoded);
        });
      },
    );
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

const tls = loopbackCertificate();

describe.each(TRANSPORTS)('an https upstream over $transport ($era era)', (serving) => {
  let sandbox: Sandbox;
  let front: Awaited<ReturnType<typeof httpsFront>>;
  let server: Connected;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    front = await httpsFront(sandbox.baseUrl, tls);
    server = await openServer(serving, {
      EGNYTE_BASE_URL: front.url,
      EGNYTE_ACCESS_TOKEN: sandbox.token,
      NODE_EXTRA_CA_CERTS: tls.certFile,
    });
  });
  afterAll(async () => {
    await server?.close();
    await front?.close();
    await sandbox?.close();
  });

  it('calls over TLS, asks for brotli and inflates it, on one kept-alive connection', async () => {
    const jsmith = sandbox.state.userByName(SEED_FACTS.jsmith.userName);
    const user = ok<EgnyteUser>(
      await server.client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: jsmith?.id } }),
    );
    expect(user.email).toBe(jsmith?.email);
    const page = ok<{ data: unknown[] }>(
      await server.client.callTool({ name: 'list_all_egnyte_users', arguments: { limit: 50 } }),
    );
    expect(page.data).toHaveLength(50);
    expect(front.seen.map((request) => request.sentAs)).toEqual(['br', 'br']);
    expect(front.seen[0]?.acceptEncoding).toBe('gzip, deflate, br');
    expect(new Set(front.seen.map((request) => request.socket)).size).toBe(1);
  });
});

describe('an https upstream whose certificate is not trusted', () => {
  it('is a network error', async () => {
    const sandbox = await startSandbox({ port: 0 });
    const front = await httpsFront(sandbox.baseUrl, tls);
    const [serving] = TRANSPORTS;
    const server = await openServer(serving ?? { transport: 'stdio', era: 'legacy' }, {
      EGNYTE_BASE_URL: front.url,
      EGNYTE_ACCESS_TOKEN: sandbox.token,
    });
    try {
      const result = await server.client.callTool({ name: 'get_egnyte_current_user', arguments: {} });
      expect(result.isError).toBe(true);
      expect(textJson(result)).toMatchObject({
        error: 'network_error',
        message: 'could not reach the upstream API (DEPTH_ZERO_SELF_SIGNED_CERT)',
      });
      expect(front.seen).toHaveLength(0);
    } finally {
      await server.close();
      await front.close();
      await sandbox.close();
    }
  });
});
