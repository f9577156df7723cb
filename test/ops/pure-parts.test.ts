/** The small pure parts of ops/: route templates, calendar checks, store error classes, pretty lines, audit flush. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isRealCalendarTime } from 'saas-mcp-runtime/host';
import { describe, expect, it } from 'vitest';
import { classifyStoreError, StoreUnavailableError } from '../../templates/hosting/src/store/deadline.js';
import { createAuditSink } from '../../templates/runtime/src/calls/audit.js';
import { prettyLine } from '../../templates/runtime/src/ops/log.js';
import { readiness } from '../../templates/runtime/src/transport/http/readiness.js';
import { routeTemplate } from '../../templates/runtime/src/transport/http/route-template.js';

describe('route templates', () => {
  it.each([
    ['/mcp', '/mcp'],
    ['/mcp/', '/mcp'],
    ['/mcp/mcp_SECRETtoken123', '/mcp/:token'],
    ['/sse/v1.sealed-secret', '/sse/:token'],
    ['/integrated-account/abc/mcp/def/logs', '/integrated-account/:id/mcp/:mcp_id/logs'],
    ['/integrated-account/connect', '/integrated-account/connect'],
    ['/integrated-account/abc/secretword', '/integrated-account/:id/:unknown'],
    ['/api-token/xyz', '/api-token/:id'],
    ['/oauth/egnyte/callback', '/oauth/*'],
    ['/admin/api/session', '/admin/*'],
    ['/.well-known/oauth-authorization-server', '/.well-known/oauth-authorization-server'],
    ['/.well-known/Some_Token_Here', '/.well-known/*'],
    ['/anything/else/sk-live-123', 'other'],
  ])('%s -> %s', (pathname, template) => {
    expect(routeTemplate(pathname)).toBe(template);
  });
});

describe('calendar times', () => {
  it.each([
    ['2030-02-28T00:00:00Z', true],
    ['2032-02-29T00:00:00Z', true],
    ['2030-02-29T00:00:00Z', false],
    ['2030-02-30T00:00:00Z', false],
    ['2031-04-31', false],
    ['2031-12-31T23:59:59.999+05:00', true],
    ['2031-12-31T24:00:00Z', false],
    ['2031-00-10', false],
  ])('%s real: %s', (text, real) => {
    expect(isRealCalendarTime(text)).toBe(real);
  });
});

describe('store errors', () => {
  it('classifies connection failures and a closed pool as unavailable, and leaves query errors alone', () => {
    expect(
      classifyStoreError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBeInstanceOf(StoreUnavailableError);
    expect(classifyStoreError(new Error('timeout exceeded when trying to connect'))).toMatchObject({
      reason: 'unreachable',
    });
    expect(classifyStoreError(new Error('Cannot use a pool after calling end on the pool'))).toMatchObject({
      reason: 'closed',
    });
    expect(classifyStoreError(new Error('The database connection is not open'))).toMatchObject({ reason: 'closed' });
    const syntax = new Error('syntax error at or near "SELEC"');
    expect(classifyStoreError(syntax)).toBe(syntax);
  });
});

describe('readiness', () => {
  it('is ready without a store, draining after SIGTERM, unavailable when the ping fails or is late', async () => {
    expect(await readiness(false)).toEqual({ httpStatus: 200, body: { status: 'ready' } });
    expect(await readiness(true, async () => undefined)).toEqual({ httpStatus: 503, body: { status: 'draining' } });
    expect(await readiness(false, () => Promise.reject(new Error('down')))).toMatchObject({
      httpStatus: 503,
      body: { reason: 'store' },
    });
    expect(await readiness(false, () => new Promise<void>(() => undefined), 10)).toMatchObject({
      httpStatus: 503,
      body: { status: 'unavailable', reason: 'store' },
    });
  });
});

describe('log and audit output', () => {
  it('pretty lines read as time, level, message and fields', () => {
    const line = prettyLine(
      JSON.stringify({
        level: 30,
        time: Date.parse('2031-01-02T03:04:05.678Z'),
        msg: 'tool call',
        tool: 'list_users',
        outcome: 'ok',
      }),
    );
    expect(line).toBe('03:04:05.678 INFO tool call tool=list_users outcome=ok');
  });

  it('the audit file is written asynchronously; flush resolves once every line so far is on disk', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'audit-')), 'audit.log');
    const sink = createAuditSink(file);
    for (let i = 0; i < 100; i++) {
      sink({ time: 't', server: 's', tool: `tool${i}`, outcome: 'ok', upstream_status: 200, duration_ms: i });
    }
    await sink.flush();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(100);
    expect(JSON.parse(lines[99] ?? '')).toMatchObject({ tool: 'tool99', duration_ms: 99 });
    await sink.close();
  });
});
