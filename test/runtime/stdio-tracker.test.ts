/**
 * The stdio drain's bookkeeping (transport/stdio/drain.ts): ids of requests read, minus ids of the
 * answers written. Answers are matched by reading the id off the tail of the SDK's serialisation,
 * so these lines are the ones where a careless tail read would go wrong.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createStdioTracker } from '../../templates/runtime/src/transport/stdio/drain.js';

function tracker() {
  const output = new PassThrough();
  const written: string[] = [];
  output.on('data', (chunk: Buffer) => written.push(chunk.toString()));
  const t = createStdioTracker(output);
  t.inbound.resume();
  return { t, written };
}

async function read(t: ReturnType<typeof createStdioTracker>, message: unknown): Promise<void> {
  await new Promise<void>((resolve) => t.inbound.write(`${JSON.stringify(message)}\n`, () => resolve()));
}

async function answer(t: ReturnType<typeof createStdioTracker>, line: string): Promise<void> {
  await new Promise<void>((resolve, reject) => t.outbound.write(line, (error) => (error ? reject(error) : resolve())));
}

// What the SDK writes: JSON.stringify({ result, jsonrpc, id }) and a newline.
const result = (id: unknown, value: unknown) => `${JSON.stringify({ result: value, jsonrpc: '2.0', id })}\n`;

describe('stdio tracker', () => {
  it('settles a request by the id at the end of its result, not by ids inside the result', async () => {
    const { t, written } = tracker();
    await read(t, { jsonrpc: '2.0', id: 7, method: 'tools/call', params: {} });
    await read(t, { jsonrpc: '2.0', id: 8, method: 'tools/call', params: {} });
    expect(t.inFlight()).toBe(2);
    const nested = { content: [{ type: 'text', text: '{"id":8}' }], structuredContent: { data: [{ id: 8 }] } };
    await answer(t, result(7, nested));
    expect(t.inFlight()).toBe(1);
    expect(written.join('')).toBe(result(7, nested));
    await answer(t, result(8, { content: [] }));
    expect(t.inFlight()).toBe(0);
  });

  it.each([
    ['a string id', 'call-1'],
    ['a string id with quotes and backslashes', 'a"b\\c\\"'],
    ['a string id that looks like a tail', ',"id":9}'],
    ['a negative id', -3],
    ['id 0', 0],
  ])('reads %s off the tail', async (_name, id) => {
    const { t } = tracker();
    await read(t, { jsonrpc: '2.0', id, method: 'tools/call', params: {} });
    await answer(t, result(id, { content: [{ type: 'text', text: `"id":${JSON.stringify(id)}}` }] }));
    expect(t.inFlight()).toBe(0);
  });

  it('settles error answers (id before the error) and ignores requests the server sends', async () => {
    const { t } = tracker();
    await read(t, { jsonrpc: '2.0', id: 0, method: 'tools/call', params: {} });
    await read(t, { jsonrpc: '2.0', id: 1, method: 'tools/call', params: {} });
    // A server-to-client request ends with its id too: it must not settle the client's request 0.
    await answer(t, `${JSON.stringify({ method: 'ping', jsonrpc: '2.0', id: 0 })}\n`);
    expect(t.inFlight()).toBe(2);
    await answer(t, `${JSON.stringify({ jsonrpc: '2.0', id: 1, error: { code: -32602, message: 'bad' } })}\n`);
    expect(t.inFlight()).toBe(1);
    await answer(t, result(0, {}));
    expect(await t.idle(1000)).toBe(true);
  });
});
