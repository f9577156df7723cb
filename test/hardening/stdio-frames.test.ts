/**
 * stdio frames: the guard on its own (small limit), then the built server with a real 11 MiB frame,
 * garbage and invalid requests, which must each get their JSON-RPC error while the server keeps serving.
 */
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RpcErrorMessage } from '../../templates/runtime/src/transport/jsonrpc-frames.js';
import { guardFrames } from '../../templates/runtime/src/transport/stdio/frame-guard.js';
import { INITIALIZE, type RawStdio, startRawStdio } from './raw-stdio.js';

describe('guardFrames', () => {
  async function run(chunks: string[], maxFrameBytes = 64): Promise<{ passed: string; replies: RpcErrorMessage[] }> {
    const input = new PassThrough();
    const replies: RpcErrorMessage[] = [];
    const output = guardFrames(input, { maxFrameBytes, reply: (message) => replies.push(message) });
    // The guard hands on parsed messages; written back as lines, they must be the sound input lines.
    let passed = '';
    output.on('data', (message: unknown) => (passed += `${JSON.stringify(message)}\n`));
    const ended = new Promise((resolve) => output.on('end', resolve));
    for (const chunk of chunks) {
      input.write(chunk);
    }
    input.end();
    await ended;
    return { passed, replies };
  }
  const ping = '{"jsonrpc":"2.0","id":1,"method":"ping"}';

  it('passes sound lines through unchanged, even split across chunks, and skips blank ones', async () => {
    const { passed, replies } = await run([ping.slice(0, 10), `${ping.slice(10)}\r\n\n  \n${ping}\n`]);
    expect(passed).toBe(`${ping}\n${ping}\n`);
    expect(replies).toEqual([]);
  });

  it('answers -32700 for a line that is not JSON and -32600 for JSON that is not a message', async () => {
    const { passed, replies } = await run([
      '{"jsonrpc":\n',
      '{"jsonrpc":"2.0","id":5,"method":7}\n',
      '[]\n',
      '"text"\n',
      `${ping}\n`,
    ]);
    expect(passed).toBe(`${ping}\n`);
    expect(replies.map((reply) => [reply.error.code, reply.id])).toEqual([
      [-32700, null],
      [-32600, null],
      [-32600, null],
      [-32600, null],
    ]);
    expect(replies[1]?.error.message).toBe('Invalid Request: method must be a string');
  });

  it('refuses a frame over the limit as soon as it passes it, skips the rest of it, and goes on', async () => {
    const { passed, replies } = await run([
      '{"a":"',
      'x'.repeat(50),
      'y'.repeat(50),
      'z'.repeat(500),
      '"}\n',
      `${ping}\n`,
    ]);
    expect(passed).toBe(`${ping}\n`);
    expect(replies).toEqual([
      {
        jsonrpc: '2.0',
        id: null,
        error: { code: -32600, message: 'Invalid Request: the frame is larger than 64 bytes; it was skipped' },
      },
    ]);
  });

  it('accepts a frame of exactly the limit', async () => {
    const exact = `{"jsonrpc":"2.0","id":1,"method":"ping","params":{"p":"${'x'.repeat(64 - 58)}"}}`;
    expect(exact).toHaveLength(64);
    expect((await run([`${exact}\n`])).passed).toBe(`${exact}\n`);
  });
});

describe('the built server over stdio', () => {
  let stdio: RawStdio;
  beforeAll(async () => {
    stdio = startRawStdio();
    await stdio.write(INITIALIZE);
    await stdio.answers(1);
  });
  afterAll(() => stdio.close());

  it('refuses an 11 MiB frame with an error and keeps serving', async () => {
    const big = `{"jsonrpc":"2.0","id":2,"method":"tools/list","params":{"pad":"${'x'.repeat(11 * 1024 * 1024)}"}}\n`;
    await stdio.write(big);
    await stdio.write('{"jsonrpc":"2.0","id":3,"method":"tools/list"}\n');
    const answers = await stdio.answers(2);
    expect(answers[0]).toMatchObject({
      id: null,
      error: { code: -32600, message: expect.stringContaining('larger than 10485760 bytes') },
    });
    expect(answers[1]).toMatchObject({ id: 3, result: { tools: expect.any(Array) } });
    expect(stdio.child.exitCode).toBeNull();
  });

  it('answers unparseable lines with -32700 and invalid requests with -32600, both with id null', async () => {
    await stdio.write(
      'this is not json\n{"jsonrpc":"2.0","id":9,"method":42}\n{"jsonrpc":"1.0","id":10,"method":"ping"}\n{"jsonrpc":"2.0","id":11,"method":"ping"}\n',
    );
    const answers = await stdio.answers(4);
    expect(answers.map((answer) => [answer.id, (answer.error as { code?: number } | undefined)?.code ?? 'ok'])).toEqual(
      [
        [null, -32700],
        [null, -32600],
        [null, -32600],
        [11, 'ok'],
      ],
    );
  });
});
