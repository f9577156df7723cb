/**
 * design.md §4d, `/metrics` and the log: the named metrics after real calls (labels never carry a
 * token, URL or argument value), the admin-token rule on a non-loopback bind, request and call log
 * lines with their fields, and a 500 whose `error_id` is on the log line with its redacted cause.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ControlPlane } from '../../templates/hosting/src/plane/control-plane.js';
import { observeCalls } from '../../templates/runtime/src/ops/call-lines.js';
import { createMetrics } from '../../templates/runtime/src/ops/metrics.js';
import { createRedactor } from '../../templates/runtime/src/security/redact.js';
import { type FakeUpstream, startFakeUpstream } from '../runtime/fake-upstream.js';
import { fixture } from '../runtime/fixture.js';
import { ACCESS_TOKEN, startTestServer, type TestServer } from '../runtime/harness.js';
import { freshRequest } from './fresh-request.js';
import { type CapturedLog, captureLog } from './log-capture.js';

const NAMES = [
  'mcp_tool_calls_total',
  'mcp_tool_call_duration_seconds',
  'mcp_upstream_responses_total',
  'mcp_rate_limited_total',
  'mcp_http_requests_total',
  'mcp_store_errors_total',
  'process_cpu_seconds_total',
];
const ARGUMENT_VALUE = 'argument-value-never-in-labels@example.com';

describe('metrics and logs', () => {
  let upstream: FakeUpstream;
  let server: TestServer;
  let captured: CapturedLog;
  // A fresh server (and registry) per test: the counts below are exact, whatever ran before.
  beforeEach(async () => {
    const metrics = createMetrics(fixture.tools.map((tool) => tool.name));
    upstream = await startFakeUpstream();
    upstream.override((request) =>
      request.query.get('email') === 'throttle@example.com'
        ? { status: 429, headers: { 'retry-after': '3' }, json: { error: 'slow down' } }
        : undefined,
    );
    captured = captureLog();
    server = await startTestServer(upstream.url, {
      runtime: { audit: observeCalls(() => undefined, captured.log, metrics) },
      http: { ops: { log: captured.log, metrics } },
    });
  });
  afterEach(async () => {
    await server?.close();
    await upstream?.close();
  });

  it('counts calls by tool and outcome, upstream statuses and throttling, with no value from a request in a label', async () => {
    const client = await server.connect();
    await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1001 } });
    await client.callTool({ name: 'list_all_acme_users', arguments: { email: ARGUMENT_VALUE } });
    await client.callTool({ name: 'list_all_acme_users', arguments: { email: 'throttle@example.com' } });
    await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 'not-a-number' } });
    await client.callTool({ name: ARGUMENT_VALUE, arguments: {} }).catch(() => undefined);
    const answer = await freshRequest(`${server.http.url}/metrics`);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = answer.body as string;
    for (const name of NAMES) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).toContain('mcp_tool_calls_total{tool="get_single_acme_user_by_id",outcome="ok"} 1');
    expect(text).toContain('mcp_tool_calls_total{tool="list_all_acme_users",outcome="throttled"} 1');
    expect(text).toContain('mcp_tool_calls_total{tool="get_single_acme_user_by_id",outcome="invalid"} 1');
    expect(text).toContain('mcp_tool_calls_total{tool="unknown",outcome="denied"} 1');
    expect(text).toContain('mcp_upstream_responses_total{status="429"} 1');
    expect(text).toContain('mcp_rate_limited_total 1');
    expect(text).toMatch(/mcp_http_requests_total\{route="\/mcp",status="200"\} \d+/);
    expect(text).not.toContain(ARGUMENT_VALUE);
    expect(text).not.toContain(ACCESS_TOKEN);
    expect(text).not.toContain('throttle@example.com');
  });

  it('logs one request line per HTTP request and one call line per call, with their fields', async () => {
    const before = captured.lines().length;
    const client = await server.connect();
    const connectLines = captured.lines().length - before;
    const mark = captured.lines().length;
    await client.callTool({ name: 'get_single_acme_user_by_id', arguments: { user_id: 1002 } });
    const lines = captured.lines().slice(mark);
    for (const line of lines) {
      expect(line).toMatchObject({ level: expect.any(Number), time: expect.any(Number), msg: expect.any(String) });
    }
    const call = lines.find((line) => line.msg === 'tool call');
    expect(call).toMatchObject({
      tool: 'get_single_acme_user_by_id',
      outcome: 'ok',
      server_id: 'acme-mcp-server',
      upstream_status: 200,
      req_id: expect.any(String),
    });
    // The SDK client's optional GET stream (405 here) may land meanwhile: the call's lines share its req_id.
    const ofCall = lines.filter((line) => line.req_id === call?.req_id);
    const request = ofCall.find((line) => line.msg === 'request');
    expect(request).toMatchObject({ route: '/mcp', status: 200, method: 'POST', duration_ms: expect.any(Number) });
    expect(JSON.stringify(lines)).not.toContain(ACCESS_TOKEN);
    console.log(
      `log lines per call: ${ofCall.length} (${ofCall.map((line) => line.msg).join(', ')}) plus the audit line on its own stream; connecting took ${connectLines} request lines`,
    );
    expect(ofCall).toHaveLength(2);
  });
});

describe('/metrics access', () => {
  it('is 404 without --metrics, and needs an admin token on a non-loopback bind', async () => {
    const upstream = await startFakeUpstream();
    const plain = await startTestServer(upstream.url);
    const open = await startTestServer(upstream.url, {
      http: { host: '0.0.0.0', ops: { metrics: createMetrics([]), adminTokens: ['metrics-admin-token'] } },
    });
    try {
      expect((await freshRequest(`${plain.http.url}/metrics`)).status).toBe(404);
      const port = new URL(open.http.url).port;
      const anonymous = await freshRequest(`http://127.0.0.1:${port}/metrics`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body).toMatchObject({ error: 'unauthorized', message: expect.any(String) });
      expect(
        (await freshRequest(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status,
      ).toBe(401);
      const scraped = await freshRequest(`http://127.0.0.1:${port}/metrics`, {
        headers: { authorization: 'Bearer metrics-admin-token' },
      });
      expect(scraped.status).toBe(200);
      expect(scraped.body).toContain('mcp_http_requests_total');
    } finally {
      await plain.close();
      await open.close();
      await upstream.close();
    }
  });
});

describe('a 500', () => {
  it('carries an error_id that the log line with the redacted cause also carries', async () => {
    const upstream = await startFakeUpstream();
    const captured = captureLog();
    const failing = {
      routes: [
        {
          path: '/*',
          handle: async () => {
            throw new Error('database said no to Bearer sk-live-0123456789 and server-secret-abcdef');
          },
        },
      ],
      resolve: async () => null,
    } as unknown as ControlPlane;
    const server = await startTestServer(upstream.url, {
      http: {
        control: failing,
        ops: { log: captured.log, redact: createRedactor(['server-secret-abcdef'], { authorizationLike: true }) },
      },
    });
    try {
      const answer = await freshRequest(`${server.http.url}/mcp`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(answer.status).toBe(500);
      const errorId = answer.body.error.data.error_id as string;
      expect(errorId).toMatch(/^err_[0-9a-f]{12}$/);
      expect(JSON.stringify(answer.body)).not.toContain('database said no');
      const line = captured.lines().find((entry) => entry.error_id === errorId);
      expect(line).toMatchObject({
        level: 50,
        msg: 'request failed',
        route: '/mcp',
        req_id: answer.headers['x-request-id'],
      });
      expect(line?.cause).toContain('database said no');
      expect(line?.cause).not.toContain('sk-live-0123456789');
      expect(line?.cause).not.toContain('server-secret-abcdef');
    } finally {
      await server.close();
      await upstream.close();
    }
  });
});
