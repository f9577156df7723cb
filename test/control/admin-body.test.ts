/**
 * An oversized admin body is refused without dropping the keep-alive connection: the refusal is
 * answered after the body is drained, and the next request on the same socket is served (the old
 * reader threw inside `for await`, which destroyed the socket: the client waited for ECONNRESET).
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type Hosted, startHosted } from './hosted.js';
import { createTestStore, type TestStore } from './stores.js';

interface RawAnswer {
  status: number;
  body: string;
}

/** The body of a chunked response once its last chunk arrived; undefined before. */
function dechunk(raw: Buffer): string | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const line = raw.indexOf('\r\n', at);
    if (line < 0) {
      return undefined;
    }
    const size = Number.parseInt(raw.subarray(at, line).toString('latin1'), 16);
    if (size === 0) {
      return raw.length >= line + 4 ? Buffer.concat(parts).toString('utf8') : undefined;
    }
    if (raw.length < line + 2 + size + 2) {
      return undefined;
    }
    parts.push(raw.subarray(line + 2, line + 2 + size));
    at = line + 2 + size + 2;
  }
}

/** Reads one HTTP/1.1 response (Content-Length or chunked) from a socket that stays open. */
function nextAnswer(socket: Socket): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) {
        return;
      }
      const head = buffer.subarray(0, end).toString('latin1');
      const rest = buffer.subarray(end + 4);
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1];
      const body =
        length === undefined
          ? dechunk(rest)
          : rest.length >= Number(length)
            ? rest.subarray(0, Number(length)).toString('utf8')
            : undefined;
      if (body === undefined) {
        return;
      }
      socket.off('data', onData).off('close', onClose);
      resolve({ status: Number(head.split(' ')[1]), body });
    };
    const onClose = () => reject(new Error('the server closed the connection'));
    socket.on('data', onData).once('close', onClose);
  });
}

describe('admin API request bodies', () => {
  let store: TestStore;
  let hosted: Hosted;

  beforeAll(async () => {
    store = await createTestStore('sqlite');
    hosted = await startHosted(store.url);
  });
  afterAll(async () => {
    await hosted?.close();
    await store?.drop();
  });

  it('answers an oversized streamed body with 413 and serves the next request on the same connection', async () => {
    const { hostname: host, port } = new URL(hosted.http.url);
    const socket = connect(Number(port), host);
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    const headers = `Host: ${host}:${port}\r\nAuthorization: Bearer ${ADMIN}\r\nConnection: keep-alive\r\n`;
    const body = JSON.stringify({ name: 'x'.repeat(200 * 1024) });
    const refused = nextAnswer(socket);
    // Chunked, so no declared length lets the server refuse before reading: the body is drained.
    socket.write(
      `POST /integrated-account HTTP/1.1\r\n${headers}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`,
    );
    const first = await refused;
    expect(first.status).toBe(413);
    expect(JSON.parse(first.body)).toEqual({
      error: 'too_large',
      message: 'the body is larger than 65536 bytes',
    });
    const served = nextAnswer(socket);
    socket.write(`GET /integrated-account HTTP/1.1\r\n${headers}\r\n`);
    const second = await served;
    expect(second.status).toBe(200);
    expect(JSON.parse(second.body)).toMatchObject({ result: [] });
    socket.destroy();
  });
});
