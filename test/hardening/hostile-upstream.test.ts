/**
 * Hostile upstream answers through the real runtime over Streamable HTTP: a pathological HTML page,
 * a gzip bomb, a vendor echoing our token, JSON nested 5,000 deep, and a client that walks away
 * while the vendor is still thinking.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN, startTestServer, type TestServer, textJson } from '../runtime/harness.js';
import { type HostileUpstream, startHostileUpstream } from './hostile-upstream.js';

const API_TOKEN = 'api-token-of-this-server-0001';
let upstream: HostileUpstream;
let server: TestServer;
let client: Client;

const call = (id: string) => client.callTool({ name: 'get_single_acme_link_by_id', arguments: { link_id: id } });

beforeAll(async () => {
  upstream = await startHostileUpstream(ACCESS_TOKEN);
  server = await startTestServer(upstream.url, { runtime: { maxResponseBytes: 1024 * 1024, secrets: [API_TOKEN] } });
  client = await server.connect();
});
afterAll(async () => {
  await server.close();
  await upstream.close();
});

describe('non-JSON error pages', () => {
  it('extracts a message from a 1 MB page of unclosed tags (a backtracking regex never finishes on it)', async () => {
    const result = await call('angle-page');
    expect(result.isError).toBe(true);
    expect(textJson(result)).toMatchObject({
      error: 'upstream_error',
      status: 502,
      message: 'the upstream API answered 502 with a non-JSON body',
    });
  });

  it('serves the title of a 220 kB error page', async () => {
    expect(textJson(await call('html-page'))).toMatchObject({
      error: 'upstream_error',
      message: 'the upstream API answered 503 with a non-JSON body: Service Unavailable',
    });
  });
});

describe('answer size cap', () => {
  it('stops reading a gzip bomb at the cap and says so', async () => {
    const result = await call('bomb');
    expect(result.isError).toBe(true);
    const error = textJson(result);
    expect(error.error).toBe('response_too_large');
    expect(error.message).toContain('larger than 1 MiB');
    expect(server.audit.at(-1)).toMatchObject({ tool: 'get_single_acme_link_by_id', outcome: 'error' });
  });
});

describe('redaction of upstream text', () => {
  it('removes the upstream token echoed in a text error body', async () => {
    const text = JSON.stringify(await call('echo-text'));
    expect(text).not.toContain(ACCESS_TOKEN);
    expect(text).toContain('you sent Bearer [redacted]');
  });

  it('removes the token and Authorization-looking values from a JSON error message', async () => {
    const result = await call('echo-json');
    const text = JSON.stringify(result);
    expect(text).not.toContain(ACCESS_TOKEN);
    expect(text).not.toContain('dXNlcjpwYXNzd29yZA');
    expect(textJson(result).message).toBe('bad token [redacted]; header was Authorization: [redacted]');
  });

  it('removes held secrets from successful answers too', async () => {
    const result = await call('echo-success');
    expect(result.isError).toBeFalsy();
    expect(JSON.stringify(result)).not.toContain(ACCESS_TOKEN);
    expect(textJson(result)).toEqual({ id: 'x', note: 'token=[redacted]' });
  });
});

describe('deep upstream JSON', () => {
  it('refuses an answer nested 5,000 levels deep as an unexpected response, not an internal error', async () => {
    const result = await call('deep');
    expect(result.isError).toBe(true);
    expect(textJson(result)).toMatchObject({ error: 'unexpected_response' });
    expect(String(textJson(result).message)).toContain('nests more than 256 levels deep');
  });
});

describe('client disconnects mid-call', () => {
  it('aborts the upstream request and still writes the audit line', async () => {
    const aborter = new AbortController();
    const body = {
      jsonrpc: '2.0',
      id: 7,
      method: 'tools/call',
      params: { name: 'get_single_acme_link_by_id', arguments: { link_id: 'silent' } },
    };
    const pending = fetch(`${server.http.url}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify(body),
      signal: aborter.signal,
    }).catch((error: Error) => error.name);
    await upstream.silentArrived;
    aborter.abort();
    expect(await pending).toBe('AbortError');
    await upstream.silentClosed; // without propagation this waits for the 30 s upstream timeout
    await expect
      .poll(() => server.audit.at(-1))
      .toMatchObject({ tool: 'get_single_acme_link_by_id', outcome: 'error', upstream_status: null });
  });
});
