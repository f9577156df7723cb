import { beforeEach, describe, expect, it } from 'vitest';
import { type Caller, caller, useSandbox } from './helpers.js';
import { type Sandbox, startSandbox } from './server.js';

let sandbox: Sandbox;
let call: Caller;
// A fixed throttle clock, so a second boundary can never split a burst.
let now = Date.parse('2026-01-15T10:00:00.250Z');
const clock = () => now;

useSandbox({ port: 0 }, (s, c) => {
  sandbox = s;
  call = c;
});
beforeEach(() => {
  now = Date.parse('2026-01-15T10:00:00.250Z');
  sandbox.setRateLimit(null);
});

const burst = async (n: number, token?: string) => {
  const answers = [];
  for (let i = 0; i < n; i++) {
    answers.push(await call('GET', '/pubapi/v1/userinfo', { token }));
  }
  return answers;
};

describe('rate limiting', () => {
  it('is off by default and sends no counters', async () => {
    const answers = await burst(10);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(answers[0]?.headers.get('x-accesstoken-qps-allotted')).toBeNull();
  });

  it('legacy403: over QPS answers 403 with Mashery code, Retry-After and QPS counters', async () => {
    sandbox.setRateLimit({ qps: 2, mode: 'legacy403', now: clock });
    const [a, b, c] = await burst(3);
    expect([a?.status, b?.status]).toEqual([200, 200]);
    expect(a?.headers.get('x-accesstoken-qps-allotted')).toBe('2');
    expect(a?.headers.get('x-accesstoken-qps-current')).toBe('1');
    expect(c?.status).toBe(403);
    expect(c?.headers.get('x-mashery-error-code')).toBe('ERR_403_DEVELOPER_OVER_QPS');
    expect(c?.headers.get('retry-after')).toBe('1');
    expect(c?.headers.get('x-accesstoken-qps-allotted')).toBe('2');
    expect(c?.headers.get('x-accesstoken-qps-current')).toBe('3');
    now += 1000; // next second: allowed again
    expect((await burst(1))[0]?.status).toBe(200);
  });

  it('legacy403: over the daily quota answers ERR_403_DEVELOPER_OVER_RATE until UTC midnight', async () => {
    sandbox.setRateLimit({ perDay: 3, now: clock });
    const answers = [];
    for (let i = 0; i < 4; i++) {
      now += 1000;
      answers.push((await burst(1))[0]);
    }
    expect(answers.map((a) => a?.status)).toEqual([200, 200, 200, 403]);
    const last = answers[3];
    expect(last?.headers.get('x-mashery-error-code')).toBe('ERR_403_DEVELOPER_OVER_RATE');
    expect(last?.headers.get('x-accesstoken-quota-allotted')).toBe('3');
    expect(last?.headers.get('x-accesstoken-quota-current')).toBe('4');
    expect(Number(last?.headers.get('retry-after'))).toBe(14 * 3600 - 4);
    now = Date.parse('2026-01-16T00:00:01Z');
    expect((await burst(1))[0]?.status).toBe(200);
  });

  it('429 mode: same counters and Retry-After, no Mashery header', async () => {
    sandbox.setRateLimit({ qps: 1, perDay: 100, mode: '429', now: clock });
    const [, second] = await burst(2);
    expect(second?.status).toBe(429);
    expect(second?.headers.get('retry-after')).toBe('1');
    expect(second?.headers.get('x-mashery-error-code')).toBeNull();
    expect(second?.headers.get('x-accesstoken-qps-current')).toBe('2');
    expect(second?.headers.get('x-accesstoken-quota-allotted')).toBe('100');
    expect(second?.json).toEqual({ errorMessage: expect.any(String) });
  });

  it('counts per token', async () => {
    sandbox.setRateLimit({ qps: 1, now: clock });
    const other = sandbox.issueToken('kai.patel');
    expect((await burst(1))[0]?.status).toBe(200);
    expect((await burst(1, other))[0]?.status).toBe(200);
    expect((await burst(1))[0]?.status).toBe(403);
  });

  it('does not throttle requests that fail authentication', async () => {
    sandbox.setRateLimit({ qps: 1, now: clock });
    const bad = await Promise.all([1, 2, 3].map(() => call('GET', '/pubapi/v1/userinfo', { token: 'wrong' })));
    expect(bad.map((a) => a.status)).toEqual([401, 401, 401]);
    expect((await burst(1))[0]?.status).toBe(200);
  });

  it('can be set at start-up', async () => {
    const limited = await startSandbox({ port: 0, rateLimit: { qps: 1, now: clock }, throttleMode: '429' });
    try {
      const limitedCall = caller(limited);
      await limitedCall('GET', '/pubapi/v1/userinfo');
      expect((await limitedCall('GET', '/pubapi/v1/userinfo')).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
