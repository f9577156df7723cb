/**
 * The stdio transport on its own (transport/stdio/line-transport.ts, answer-json.ts): which
 * requests it still owes an answer (the drain on shutdown waits for them), that it waits for the
 * output to drain, and that an answer whose text is the JSON of its structuredContent is written
 * with that text spliced in, parsing to exactly the message, while anything else is written as
 * JSON.stringify writes it.
 */
import { PassThrough, Writable } from 'node:stream';
import type { JSONRPCMessage } from '@modelcontextprotocol/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { successResult } from '../../templates/runtime/src/calls/results.js';
import { noteJsonText } from '../../templates/runtime/src/data/json-text.js';
import { answerLine } from '../../templates/runtime/src/transport/stdio/answer-json.js';
import { StdioLineTransport } from '../../templates/runtime/src/transport/stdio/line-transport.js';

function open(output: Writable = new PassThrough()) {
  const input = new PassThrough({ objectMode: true });
  const transport = new StdioLineTransport(input, output);
  const received: JSONRPCMessage[] = [];
  transport.onmessage = (message) => received.push(message);
  return { input, transport, received, read: (message: unknown) => input.write(message) };
}

const call = (id: string | number) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'x' } });
const answer = (id: string | number, result: Record<string, unknown> = { content: [] }): JSONRPCMessage => ({
  jsonrpc: '2.0',
  id,
  result,
});

afterEach(() => vi.useRealTimers());

describe('the stdio transport', () => {
  it('owes an answer for each request read until it sends one, whatever the id looks like', async () => {
    const { transport, received, read } = open();
    await transport.start();
    for (const id of [7, 0, -3, 'a"b\\c', ',"id":9}']) {
      read(call(id));
    }
    read({ jsonrpc: '2.0', method: 'notifications/initialized' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(received).toHaveLength(6);
    expect(transport.inFlight()).toBe(5);
    // A request the server sends to the client is not an answer, even with a clashing id.
    await transport.send({ jsonrpc: '2.0', id: 7, method: 'ping' });
    expect(transport.inFlight()).toBe(5);
    await transport.send(answer(7, { content: [{ type: 'text', text: '{"id":0}' }] }));
    await transport.send({ jsonrpc: '2.0', id: 0, error: { code: -32602, message: 'bad' } });
    await transport.send(answer(-3));
    await transport.send(answer('a"b\\c'));
    expect(transport.inFlight()).toBe(1);
    const idle = transport.idle(1000);
    await transport.send(answer(',"id":9}'));
    expect(await idle).toBe(true);
  });

  it('stops owing a request the client cancelled, and says when the drain times out', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { transport, read } = open();
    await transport.start();
    read(call(1));
    read(call(2));
    read({ jsonrpc: '2.0', method: 'notifications/cancelled', params: { requestId: 1 } });
    await new Promise((resolve) => setImmediate(resolve));
    expect(transport.inFlight()).toBe(1);
    const idle = transport.idle(5000);
    vi.advanceTimersByTime(5000);
    expect(await idle).toBe(false);
  });

  it('resolves a send only once a full output has drained', async () => {
    const writes: string[] = [];
    let release: (() => void) | undefined;
    const output = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, done) {
        writes.push(chunk.toString());
        release = done;
      },
    });
    const { transport } = open(output);
    await transport.start();
    let sent = false;
    const sending = transport.send(answer(1, { content: [{ type: 'text', text: 'x'.repeat(64) }] })).then(() => {
      sent = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(1);
    expect(sent).toBe(false);
    release?.();
    await sending;
    expect(sent).toBe(true);
  });

  it('refuses to send once closed', async () => {
    const { transport } = open();
    await transport.start();
    await transport.close();
    await expect(transport.send(answer(1))).rejects.toThrow('the stdio transport is closed');
  });
});

describe('answer lines', () => {
  const page = {
    data: [{ id: 1, name: 'Zoë "Z" \\ Müller\u2028', tags: ['a', null] }],
    next_cursor: 'eyJvIjoxfQ',
    note: '</script>',
  };

  it('splices the noted text in as structuredContent; the line parses to exactly the message', () => {
    const { transport } = open(); // noting starts with the first stdio transport
    expect(transport.inFlight()).toBe(0);
    const result = successResult(page);
    // As the SDK builds an answer: result first.
    const message: JSONRPCMessage = { result: { ...result }, jsonrpc: '2.0', id: 5 };
    const line = answerLine(message);
    expect(line.endsWith('\n')).toBe(true);
    expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(message)));
    // Spliced: the envelope comes first, so the line is not JSON.stringify's.
    expect(line).not.toBe(`${JSON.stringify(message)}\n`);
    expect(line.startsWith('{"jsonrpc":"2.0","id":5,"result":')).toBe(true);
  });

  it('uses the text only when the structuredContent sent holds the same values', () => {
    open();
    const result = successResult({ ...page });
    const changed = { ...(result.structuredContent as Record<string, unknown>), next_cursor: null };
    const message = answer(6, { ...result, structuredContent: changed });
    expect(answerLine(message)).toBe(`${JSON.stringify(message)}\n`);
  });

  it('writes a result without a note, an error and a notification as JSON.stringify does', () => {
    open();
    noteJsonText({ a: 1 }, '{"a":1}');
    const messages: JSONRPCMessage[] = [
      answer(7, { content: [{ type: 'text', text: '{"a":2}' }], structuredContent: { a: 2 } }),
      { jsonrpc: '2.0', id: 8, error: { code: -32603, message: 'x' } },
      { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 1, progress: 1 } },
    ];
    for (const message of messages) {
      expect(answerLine(message)).toBe(`${JSON.stringify(message)}\n`);
    }
  });
});
