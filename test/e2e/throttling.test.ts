/**
 * A throttled Egnyte (legacy 403 + X-Mashery-Error-Code, or 429) becomes a tool error with status
 * 429 and the IETF RateLimit fields, over both transports and in both protocol eras; over
 * Streamable HTTP the fields are also response headers. The sandbox's throttle clock is frozen, so "the same second" is exact.
 */

import type { Client } from '@modelcontextprotocol/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Sandbox, SEED_FACTS, startSandbox, type ThrottleMode } from '../sandbox/index.js';
import { observedFetch } from '../support/observed-fetch.js';
import { type HttpServerProcess, sandboxEnv, startHttpServer } from '../support/server.js';
import {
  type Connected,
  connectHttpClient,
  ERAS,
  openServer,
  RATE_LIMIT_FIELDS,
  TRANSPORTS,
  textJson,
} from './helpers.js';

const FROZEN_NOW = Date.parse('2026-01-15T12:00:00.250Z');
const MODES: ReadonlyArray<[ThrottleMode, number]> = [
  ['legacy403', 403],
  ['429', 429],
];

let sandbox: Sandbox;
let jsmithId: number;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  jsmithId = sandbox.state.userByName(SEED_FACTS.jsmith.userName)!.id;
});
afterAll(async () => sandbox?.close());
afterEach(() => {
  sandbox.setRateLimit(null);
  sandbox.faults.reset();
});

function throttle(mode: ThrottleMode): void {
  sandbox.setRateLimit({ qps: 1, mode, now: () => FROZEN_NOW });
}

function expectRateLimited(body: Record<string, unknown>, upstreamStatus: number): void {
  expect(body).toMatchObject({ error: 'rate_limited', status: 429 });
  if (upstreamStatus === 429) {
    expect(body.upstream_status ?? 429).toBe(429);
  } else {
    expect(body.upstream_status).toBe(upstreamStatus);
  }
  for (const field of RATE_LIMIT_FIELDS) {
    expect(typeof body[field], field).toBe('number');
  }
  // qps 1, frozen clock: limit 1, nothing left, come back in a second.
  expect(body).toMatchObject({
    'ratelimit-limit': 1,
    'ratelimit-remaining': 0,
    'ratelimit-reset': 1,
    'retry-after': 1,
  });
  expect(String(body.message)).toMatch(/rate limit/i);
}

describe.each(TRANSPORTS)('throttling over $transport ($era era)', (kind) => {
  let server: Connected;
  beforeAll(async () => {
    server = await openServer(kind, sandboxEnv(sandbox));
  });
  afterAll(async () => server?.close());

  it.each(MODES)(
    'mode %s: quick calls past 1 qps give isError, status 429 and the four rate-limit fields',
    async (mode, upstreamStatus) => {
      throttle(mode);
      const results = [];
      for (let i = 0; i < 4; i++) {
        results.push(
          await server.client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: jsmithId } }),
        );
      }
      expect(results[0]?.isError).toBeFalsy();
      for (const result of results.slice(1)) {
        expect(result.isError).toBe(true);
        expectRateLimited(textJson(result), upstreamStatus);
        // Where _meta carries the fields, it must agree with the text.
        const meta = result._meta as Record<string, unknown> | undefined;
        if (meta && RATE_LIMIT_FIELDS.some((field) => field in meta)) {
          for (const field of RATE_LIMIT_FIELDS) {
            expect(meta[field], field).toBe(textJson(result)[field]);
          }
        }
      }
      sandbox.setRateLimit(null);
      const after = await server.client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: jsmithId } });
      expect(after.isError).toBeFalsy();
    },
  );

  it('no hidden retries: one throttled answer is the result, though a second attempt would have succeeded', async () => {
    sandbox.faults.failNext(1, {
      status: 429,
      body: { errorMessage: 'Too many requests per second' },
      headers: { 'Retry-After': '7' },
    });
    const result = await server.client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: jsmithId } });
    expect(result.isError).toBe(true);
    expect(textJson(result)).toMatchObject({
      error: 'rate_limited',
      status: 429,
      'retry-after': 7,
      'ratelimit-reset': 7,
    });
    // Without counters the limit and remaining are unknown: null, not guessed.
    expect(textJson(result)).toMatchObject({ 'ratelimit-limit': null, 'ratelimit-remaining': null });
    const next = await server.client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id: jsmithId } });
    expect(next.isError).toBeFalsy();
  });
});

describe.each(ERAS)('throttling over Streamable HTTP (%s era): rate-limit response headers', (era) => {
  let server: HttpServerProcess;
  let client: Client;
  /** The client's own fetch, observed: the HTTP answers to its tools/call POSTs. */
  const observed = observedFetch();
  beforeAll(async () => {
    server = await startHttpServer([], sandboxEnv(sandbox));
    client = await connectHttpClient(`${server.url}/mcp`, {}, era, observed.fetch);
  });
  afterAll(async () => {
    await client?.close();
    await server?.close();
  });

  async function call(id: number): Promise<{ response: { headers: Headers }; result: Record<string, unknown> }> {
    const before = observed.exchanges.length;
    const result = await client.callTool({ name: 'get_single_egnyte_user_by_id', arguments: { id } });
    const lastCall = observed.exchanges
      .slice(before)
      .filter((exchange) => exchange.body?.includes('"tools/call"'))
      .pop()?.answer;
    expect(lastCall, 'the tools/call POST was seen').toBeDefined();
    expect(lastCall!.status).toBe(200);
    expect(lastCall!.headers.get('content-type')).toMatch(/application\/json/);
    return { response: lastCall!, result: result as Record<string, unknown> };
  }

  it.each(MODES)(
    'mode %s: the tools/call answer carries ratelimit-* and retry-after headers',
    async (mode, upstreamStatus) => {
      throttle(mode);
      const first = await call(jsmithId);
      expect(first.result.isError).toBeFalsy();
      for (const field of RATE_LIMIT_FIELDS) {
        expect(first.response.headers.get(field), field).toBeNull();
      }

      const { response, result } = await call(jsmithId);
      expect(result.isError).toBe(true);
      const fields = textJson(result);
      expectRateLimited(fields, upstreamStatus);
      for (const field of RATE_LIMIT_FIELDS) {
        expect(response.headers.get(field), field).toBe(String(fields[field]));
      }
    },
  );
});
