/**
 * Deep or odd tool arguments over Streamable HTTP (raw JSON-RPC bodies, since an SDK client would
 * refuse to send some of them): each is a clear -32602 or an invalid_arguments tool error, nothing
 * reaches the upstream, and every call that reaches the handler leaves its audit line. Non-object
 * arguments, a `__proto__` key and arguments nested past the bound are answered before the SDK parses
 * the request (its schema would drop `__proto__`, dump its validation, or overflow the stack).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeUpstream, startFakeUpstream } from '../runtime/fake-upstream.js';
import { startTestServer, type TestServer } from '../runtime/harness.js';
import { deepJson } from './hostile-upstream.js';

let upstream: FakeUpstream;
let server: TestServer;

beforeAll(async () => {
  upstream = await startFakeUpstream();
  server = await startTestServer(upstream.url);
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});
beforeEach(() => {
  upstream.reset();
  server.audit.length = 0;
});

interface RpcAnswer {
  error?: { code: number; message: string };
  result?: { isError?: boolean; content: Array<{ text: string }> };
}

/** Posts one tools/call whose `arguments` are given as raw JSON text. */
async function callRaw(tool: string, argumentsJson: string): Promise<RpcAnswer> {
  const body = `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"${tool}","arguments":${argumentsJson}}}`;
  const response = await fetch(`${server.http.url}/mcp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body,
  });
  return (await response.json()) as RpcAnswer;
}

function toolError(answer: RpcAnswer): Record<string, unknown> {
  expect(answer.error).toBeUndefined();
  expect(answer.result?.isError).toBe(true);
  return JSON.parse(answer.result?.content[0]?.text ?? 'null') as Record<string, unknown>;
}

const GROUP = '5a1e1a4e-8f4b-4c39-9d55-6f1a2b3c4d5e';

describe('deep arguments', () => {
  it('refuses arguments nested 5,000 deep with -32602, naming the argument', async () => {
    const answer = await callRaw(
      'add_members_to_an_acme_group',
      `{"group_id":"${GROUP}","user_ids":[${deepJson(5000)}]}`,
    );
    expect(answer).toMatchObject({
      id: 1,
      error: { code: -32602, message: 'Invalid arguments: user_ids must be a value nested at most 64 levels deep.' },
    });
    expect(upstream.requests).toHaveLength(0);
  });

  it('still accepts ordinary nesting', async () => {
    const answer = await callRaw('add_members_to_an_acme_group', `{"group_id":"${GROUP}","user_ids":[1001]}`);
    expect(answer.result?.isError).toBeFalsy();
    expect(upstream.requests).toHaveLength(1);
  });
});

describe('lone surrogates', () => {
  it.each([
    ['a path value', 'get_single_acme_link_by_id', '{"link_id":"a\\ud800b"}', 'link_id'],
    ['a query value', 'list_all_acme_users', '{"email":"x\\udc00@example.com"}', 'email'],
    ['a key', 'list_all_acme_users', '{"\\ud800":"x"}', '\ud800'],
  ])('refuses one in %s before any request', async (_label, tool, args, argument) => {
    const error = toolError(await callRaw(tool, args));
    expect(error.error).toBe('invalid_arguments');
    expect(error.problems).toMatchObject([{ argument, expected: 'well-formed Unicode text' }]);
    expect(upstream.requests).toHaveLength(0);
    expect(server.audit).toMatchObject([{ tool, outcome: 'invalid' }]);
  });

  it('accepts a well-formed surrogate pair (an emoji) and encodes it', async () => {
    const answer = await callRaw('get_single_acme_link_by_id', '{"link_id":"a\\ud83d\\ude00"}');
    expect(answer.result?.isError).toBeFalsy();
    expect(upstream.requests[0]?.rawUrl).toBe('/v1/links/a%F0%9F%98%80');
  });
});

describe('non-object arguments', () => {
  it.each(['[1,2]', '"text"', '42', 'true', 'null'])('answers %s with -32602 naming what was sent', async (args) => {
    const answer = await callRaw('get_single_acme_link_by_id', args);
    expect(answer.error?.code).toBe(-32602);
    expect(answer.error?.message).toMatch(
      /^Invalid arguments: arguments must be an object of named arguments, not (an array|a string|a number|a boolean|null)\.$/,
    );
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('__proto__ as an argument', () => {
  it.each(['{"a":1}', '1', '"x"', 'null'])(
    'refuses a top-level __proto__ of %s as not an argument of the tool',
    async (value) => {
      const answer = await callRaw('get_single_acme_link_by_id', `{"link_id":"x","__proto__":${value}}`);
      expect(answer).toMatchObject({
        id: 1,
        error: { code: -32602, message: 'Invalid arguments: __proto__ is not an argument of this tool.' },
      });
      expect(upstream.requests).toHaveLength(0);
    },
  );
});
