import { describe, expect, it } from 'vitest';
import { REFERENCE_NOW } from './facts.js';
import { type Caller, useSandbox } from './helpers.js';
import type { Sandbox } from './server.js';

let sandbox: Sandbox;
let call: Caller;
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

useSandbox({ port: 0, auditPageSize: 100, auditJobPolls: 2 }, (s, c) => {
  sandbox = s;
  call = c;
});

const stream = (query: string) => call('GET', `/pubapi/v2/audit/stream?${query}`);

describe('GET/POST /pubapi/v2/audit/stream', () => {
  it('pages with nextCursor until moreEvents is false', async () => {
    const start = REFERENCE_NOW - 6 * DAY;
    let page = await stream(`startDate=${iso(start)}`);
    const events: Array<{ date: number; auditSource: string }> = [];
    let pages = 0;
    for (;;) {
      expect(page.status).toBe(200);
      expect(page.json).toEqual({
        events: expect.any(Array),
        nextCursor: expect.any(String),
        moreEvents: expect.any(Boolean),
      });
      events.push(...page.json.events);
      pages += 1;
      if (!page.json.moreEvents) {
        break;
      }
      expect(page.json.events).toHaveLength(100);
      page = await stream(`nextCursor=${encodeURIComponent(page.json.nextCursor)}`);
    }
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(events.every((e) => e.date >= start && e.date <= REFERENCE_NOW)).toBe(true);
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort((a, b) => a - b));
    expect(new Set(events.map((e) => e.auditSource))).toEqual(
      new Set([
        'FILE_AUDIT',
        'LOGIN_AUDIT',
        'PERMISSION_AUDIT',
        'USER_AUDIT',
        'GROUP_AUDIT',
        'WG_SETTINGS_AUDIT',
        'WORKFLOW_AUDIT',
      ]),
    );
    // The last cursor still works: nothing new yet.
    const after = await stream(`nextCursor=${encodeURIComponent(page.json.nextCursor)}`);
    expect(after.json).toMatchObject({ events: [], moreEvents: false });
  });

  it('filters by auditType and honours endDate', async () => {
    const start = REFERENCE_NOW - 5 * DAY;
    const end = REFERENCE_NOW - 4 * DAY;
    const page = await stream(`startDate=${iso(start)}&endDate=${iso(end)}&auditType=LOGIN_AUDIT,USER_AUDIT`);
    expect(page.json.events.length).toBeGreaterThan(0);
    for (const e of page.json.events) {
      expect(['LOGIN_AUDIT', 'USER_AUDIT']).toContain(e.auditSource);
      expect(e.date).toBeGreaterThanOrEqual(start);
      expect(e.date).toBeLessThanOrEqual(end);
    }
  });

  it('shows the shapes of file and login rows', async () => {
    const files = await stream(`startDate=${iso(REFERENCE_NOW - DAY)}&auditType=FILE_AUDIT`);
    expect(files.json.events[0]).toMatchObject({
      date: expect.any(Number),
      sourcePath: expect.any(String),
      userId: expect.stringMatching(/^\d+$/),
      user: expect.stringMatching(/ \( .+@.+ \)$/),
      auditSource: 'FILE_AUDIT',
    });
  });

  it('accepts POST with the same fields in a JSON body', async () => {
    const first = await call('POST', '/pubapi/v2/audit/stream', {
      body: { startDate: iso(REFERENCE_NOW - 2 * DAY), auditType: 'GROUP_AUDIT' },
    });
    expect(first.status).toBe(200);
    expect(first.json.events.every((e: { auditSource: string }) => e.auditSource === 'GROUP_AUDIT')).toBe(true);
    const next = await call('POST', '/pubapi/v2/audit/stream', { body: { nextCursor: first.json.nextCursor } });
    expect(next.status).toBe(200);
  });

  it.each([
    ['a startDate older than 7 days', `startDate=${iso(REFERENCE_NOW - 8 * DAY)}`],
    ['a malformed startDate', 'startDate=last-tuesday'],
    ['no startDate and no cursor', 'auditType=FILE_AUDIT'],
    ['an unknown cursor', 'nextCursor=AAN_bogus'],
    ['an unknown auditType', `startDate=${iso(REFERENCE_NOW - DAY)}&auditType=COFFEE_AUDIT`],
    ['endDate before startDate', `startDate=${iso(REFERENCE_NOW - DAY)}&endDate=${iso(REFERENCE_NOW - 2 * DAY)}`],
  ])('answers 400 for %s', async (_, query) => {
    const answer = await stream(query);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ errorMessage: expect.any(String) });
  });

  it('measures the 7-day window against the settable clock', async () => {
    const start = iso(REFERENCE_NOW - 6 * DAY);
    const cursor = (await stream(`startDate=${start}`)).json.nextCursor;
    sandbox.clock.advance(2 * DAY);
    try {
      expect((await stream(`startDate=${start}`)).status).toBe(400);
      expect((await stream(`nextCursor=${encodeURIComponent(cursor)}`)).status).toBe(200);
      sandbox.clock.advance(6 * DAY);
      expect((await stream(`nextCursor=${encodeURIComponent(cursor)}`)).status).toBe(400);
    } finally {
      sandbox.clock.set(REFERENCE_NOW);
    }
  });
});

describe('audit v1 report jobs', () => {
  const range = { date_start: iso(REFERENCE_NOW - 7 * DAY).slice(0, 10), date_end: iso(REFERENCE_NOW).slice(0, 10) };

  it('runs a job: 202 {id}, running, then 303 to a paged report', async () => {
    const created = await call('POST', '/pubapi/v1/audit/logins', {
      body: { format: 'json', ...range, events: ['logins', 'failed_attempts'] },
    });
    expect(created.status).toBe(202);
    const id = created.json.id as string;
    for (let i = 0; i < 2; i++) {
      expect((await call('GET', `/pubapi/v1/audit/jobs/${id}`)).json).toEqual({ status: 'running' });
    }
    const done = await call('GET', `/pubapi/v1/audit/jobs/${id}`);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`${sandbox.baseUrl}/pubapi/v1/audit/logins/${id}`);
    const report = await call('GET', `/pubapi/v1/audit/logins/${id}?offset=0&count=10`);
    expect(report.json).toMatchObject({ offset: 0, count: 10, total_count: expect.any(Number) });
    expect(report.json.events[0]).toEqual({
      username: expect.any(String),
      user_id: expect.any(Number),
      event: expect.stringMatching(/Login|Failed login/),
      ip_address: expect.any(String),
      access: expect.any(String),
      time: expect.any(String),
    });
    const tail = await call('GET', `/pubapi/v1/audit/logins/${id}?offset=${report.json.total_count - 1}&count=10`);
    expect(tail.json.count).toBe(1);
  });

  it('serves csv reports and permission reports', async () => {
    sandbox.config.auditJobPolls = 0;
    try {
      const created = await call('POST', '/pubapi/v1/audit/permissions', { body: { format: 'csv', ...range } });
      expect((await call('GET', `/pubapi/v1/audit/jobs/${created.json.id}`)).status).toBe(303);
      const csv = await call('GET', `/pubapi/v1/audit/permissions/${created.json.id}`);
      expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
      expect(csv.text.split('\n')[0]).toBe('folder,assignee,assignee_id,assigner,assigner_id,change,time');
    } finally {
      sandbox.config.auditJobPolls = 2;
    }
  });

  it.each([
    ['logins without events', 'logins', { format: 'json', ...range }],
    ['files without folders or file', 'files', { format: 'json', ...range }],
    ['an unknown format', 'permissions', { format: 'xml', ...range }],
    ['a missing date_end', 'permissions', { format: 'json', date_start: range.date_start }],
  ])('rejects %s', async (_, type, body) => {
    expect((await call('POST', `/pubapi/v1/audit/${type}`, { body })).status).toBe(400);
  });

  it('404s an unknown job and report type', async () => {
    expect((await call('GET', '/pubapi/v1/audit/jobs/nope')).status).toBe(404);
    expect((await call('POST', '/pubapi/v1/audit/coffee', { body: { format: 'json', ...range } })).status).toBe(404);
  });
});
