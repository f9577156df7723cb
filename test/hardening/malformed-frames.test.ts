/**
 * Over 1,000 malformed frames over stdio and over HTTP, sent to the built server: every one gets
 * exactly its JSON-RPC error with id null (-32700 not JSON, -32600 not a message, oversize refused),
 * in order, and the server still answers a valid request afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpServerProcess, startHttpServer } from '../support/server.js';
import { malformedFrames } from './malformed-frames.js';
import { INITIALIZE, type RawStdio, startRawStdio } from './raw-stdio.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const COUNT = 1000;
const ENV = { EGNYTE_BASE_URL: 'http://127.0.0.1:1', EGNYTE_ACCESS_TOKEN: 'frames-token' };

describe('malformed frames over stdio', () => {
  let stdio: RawStdio;
  beforeAll(async () => {
    stdio = startRawStdio(ENV);
    await stdio.write(INITIALIZE);
    await stdio.answers(1);
  });
  afterAll(() => stdio.close());

  it(`answers each of ${COUNT}+ frames, plus oversize ones, in order, and keeps serving`, async () => {
    const frames = malformedFrames(COUNT, SEED);
    const oversize = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61);
    const sent = [
      ...frames.slice(0, 500),
      { bytes: oversize, code: -32600 },
      ...frames.slice(500),
      { bytes: oversize, code: -32600 },
    ];
    for (const frame of sent) {
      await stdio.write(Buffer.concat([frame.bytes, Buffer.from('\n')]));
    }
    await stdio.write('{"jsonrpc":"2.0","id":"after","method":"ping"}\n');
    const answers = await stdio.answers(sent.length + 1);
    expect(answers).toHaveLength(sent.length + 1);
    const codes = answers.slice(0, -1).map((answer) => [answer.id, (answer.error as { code: number }).code]);
    expect(codes).toEqual(sent.map((frame) => [null, frame.code]));
    expect(answers.at(-1)).toEqual({ jsonrpc: '2.0', id: 'after', result: {} });
    expect(stdio.child.exitCode).toBeNull();
  });
});

describe('malformed bodies over HTTP', () => {
  let server: HttpServerProcess;
  beforeAll(async () => {
    server = await startHttpServer([], ENV);
  });
  afterAll(() => server?.close());

  it(`answers each of ${COUNT}+ bodies with 400 and its code, oversize ones with 413, and keeps serving`, async () => {
    const frames = [
      ...malformedFrames(COUNT, SEED + 1, false),
      { bytes: Buffer.alloc(5 * 1024 * 1024, 0x61), code: -32600 as const },
    ];
    const seen: Array<[number, unknown, number]> = [];
    for (const frame of frames) {
      const answer = await fetch(`${server.url}/mcp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: new Uint8Array(frame.bytes),
      });
      const body = (await answer.json()) as { id: unknown; error: { code: number } };
      seen.push([answer.status, body.id, body.error.code]);
    }
    expect(seen).toEqual(frames.map((frame) => [frame.bytes.length > 4 * 1024 * 1024 ? 413 : 400, null, frame.code]));
    const ping = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: '{"jsonrpc":"2.0","id":1,"method":"tools/list"}',
    });
    expect(ping.status).toBe(200);
  });
});
