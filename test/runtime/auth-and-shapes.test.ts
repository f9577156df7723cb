/** Unit tables: auth schemes on the request, client-credentials tokens, reset formats, error causes, encodings. */

import type { IntegrationInfo } from 'saas-mcp-runtime';
import { createToolRuntime } from 'saas-mcp-runtime';
import type { AuthScheme, RateLimitConfig } from 'saas-mcp-runtime/contract';
import { describe, expect, it } from 'vitest';
import { usageText } from '../../templates/runtime/src/cli/usage.js';
import { deriveSealKeys, openGrant, sealGrant } from '../../templates/runtime/src/security/sealed.js';
import { sendAuthorized, withCredentials } from '../../templates/runtime/src/upstream/auth/authorize.js';
import { renewAt } from '../../templates/runtime/src/upstream/auth/oauth-client.js';
import { hasAnyCredentialSetting, resolveCredentials } from '../../templates/runtime/src/upstream/credentials.js';
import { withCauses } from '../../templates/runtime/src/upstream/error-causes.js';
import { readRateLimit } from '../../templates/runtime/src/upstream/ratelimit.js';
import {
  encodeForm,
  encodePairs,
  encodeQuery,
  headerValue,
} from '../../templates/runtime/src/upstream/request-encoding.js';
import { observedFetch } from '../support/observed-fetch.js';
import { fixture } from './fixture.js';

const request = { method: 'GET', url: 'https://up/v1/items?q=a', headers: { accept: 'application/json' } };
const credentials = { baseUrl: 'https://up', accessToken: 's3cret', account: 'me@example.com/token' };

describe('auth schemes on the wire', () => {
  it.each<[AuthScheme, Record<string, string>, string]>([
    [{ type: 'bearer', tokenEnv: 'T' }, { authorization: 'Bearer s3cret' }, request.url],
    [
      { type: 'api_key', in: 'header', name: 'Authorization', scheme: 'token', keyEnv: 'K' },
      { authorization: 'token s3cret' },
      request.url,
    ],
    [{ type: 'api_key', in: 'header', name: 'PRIVATE-TOKEN', keyEnv: 'K' }, { 'private-token': 's3cret' }, request.url],
    [{ type: 'api_key', in: 'query', name: 'private_token', keyEnv: 'K' }, {}, `${request.url}&private_token=s3cret`],
    [
      { type: 'basic', usernameEnv: 'U', passwordEnv: 'P' },
      { authorization: `Basic ${Buffer.from('me@example.com/token:s3cret').toString('base64')}` },
      request.url,
    ],
  ])('%j', (scheme, headers, url) => {
    const sent = withCredentials(request, scheme, credentials);
    expect(sent.headers).toEqual({ accept: 'application/json', ...headers });
    expect(sent.url).toBe(url);
  });
});

const schemes: IntegrationInfo = {
  ...fixture.integration,
  auth: { type: 'bearer', tokenEnv: 'ACME_TOKEN' },
  moreAuth: [
    { type: 'basic', usernameEnv: 'ACME_USER', passwordEnv: 'ACME_PASSWORD' },
    {
      type: 'oauth2_client_credentials',
      tokenUrl: '/oauth/token',
      clientIdEnv: 'ACME_CLIENT_ID',
      clientSecretEnv: 'ACME_CLIENT_SECRET',
      clientAuth: 'basic',
    },
  ],
};

describe('choosing a scheme from the environment', () => {
  const base = { ACME_BASE_URL: 'https://acme.test' };
  it.each([
    [{ ACME_TOKEN: 't' }, { accessToken: 't' }],
    [
      { ACME_USER: 'u', ACME_PASSWORD: 'p' },
      { accessToken: 'p', account: 'u', scheme: 1 },
    ],
    [
      { ACME_USER: 'u', ACME_CLIENT_ID: 'c', ACME_CLIENT_SECRET: 'x' },
      { accessToken: 'x', account: 'c', scheme: 2 },
    ],
  ])('%j', (env, want) => {
    expect(resolveCredentials(schemes, { ...base, ...env })).toEqual({
      ok: true,
      value: { baseUrl: 'https://acme.test', ...want },
    });
  });

  it('names every scheme when none is complete, and counts any of their variables as a setting', () => {
    expect(resolveCredentials(schemes, { ...base, ACME_USER: 'u' })).toEqual({
      ok: false,
      message: 'set ACME_TOKEN, or ACME_USER and ACME_PASSWORD, or ACME_CLIENT_ID and ACME_CLIENT_SECRET',
    });
    expect(hasAnyCredentialSetting(schemes, { ACME_CLIENT_SECRET: 'x' })).toBe(true);
  });

  it('a sealed server URL carries the scheme and account with the secret', () => {
    const keys = deriveSealKeys(['a-long-enough-secret-value'], 'acme');
    const value = { baseUrl: 'https://acme.test', accessToken: 'x', account: 'c', scheme: 2 };
    const token = sealGrant({ id: 'abc', requireApiToken: false, credentials: value }, keys[0]!);
    expect(openGrant(token, keys, new Date())?.credentials).toEqual(value);
  });

  it('--help names the variables of each scheme', () => {
    const help = usageText({ ...fixture, integration: schemes });
    for (const name of ['ACME_TOKEN', 'ACME_USER', 'ACME_PASSWORD', 'ACME_CLIENT_ID', 'ACME_CLIENT_SECRET']) {
      expect(help).toContain(name);
    }
    expect(help).toContain('or: Acme OAuth client id (client credentials grant at /oauth/token)');
  });

  it('--help offers accounts add --domain only where the base URL has one variable to fill', () => {
    expect(usageText(fixture)).toContain('accounts add --name NAME (--domain DOMAIN | --base-url URL)');
    const fixedHost = usageText({
      ...fixture,
      integration: { ...fixture.integration, baseUrl: 'https://api.acme.test', baseUrlVariables: {} },
    });
    expect(fixedHost).toContain('accounts add --name NAME --base-url URL ');
    expect(fixedHost).not.toContain('--domain');
  });
});

describe('OAuth client credentials', () => {
  it('renews a minute early, or a tenth of a short lifetime early', () => {
    expect(renewAt(0, 3600)).toBe(3_540_000);
    expect(renewAt(0, 100)).toBe(90_000);
    expect(renewAt(0, undefined)).toBeUndefined();
  });

  /** A runtime whose fetch is a tiny token endpoint + API, with a clock the test moves. */
  function harness() {
    let clock = Date.parse('2031-01-01T00:00:00Z');
    let issued = 0;
    let refuse = new Set<string>();
    const observed = observedFetch(({ url, headers }) => {
      if (url === 'https://acme.test/oauth/token') {
        issued += 1;
        return Response.json({ access_token: `tok-${issued}`, token_type: 'Bearer', expires_in: 3600 });
      }
      const token = headers.authorization?.replace('Bearer ', '') ?? '';
      return refuse.has(token) ? Response.json({ error: 'expired' }, { status: 401 }) : Response.json({ token });
    });
    const runtime = createToolRuntime(
      { ...fixture, integration: schemes },
      { fetch: observed.fetch, now: () => new Date(clock), audit: () => {} },
    );
    const oauth = { baseUrl: 'https://acme.test', accessToken: 'client-secret', account: 'client-id', scheme: 2 };
    const call = async () => {
      const sent = await sendAuthorized(
        runtime,
        oauth,
        { method: 'GET', url: 'https://acme.test/v1/x', headers: {} },
        { timeoutMs: 5000, maxResponseBytes: 1_000_000 },
      );
      return sent.ok ? (sent.response.body as { token: string }).token : sent.message;
    };
    return {
      call,
      /** What the runtime sent to the token endpoint. */
      get tokenCalls() {
        return observed.to('/oauth/token').map(({ body, headers }) => ({ body, authorization: headers.authorization }));
      },
      advance: (ms: number) => (clock += ms),
      refuse: (tokens: string[]) => (refuse = new Set(tokens)),
    };
  }

  it('posts a form-encoded grant with basic client auth, caches the token, renews it shortly before expiry', async () => {
    const h = harness();
    expect(await h.call()).toBe('tok-1');
    expect(h.tokenCalls).toEqual([
      {
        body: 'grant_type=client_credentials',
        authorization: `Basic ${Buffer.from('client-id:client-secret').toString('base64')}`,
      },
    ]);
    h.advance(3_500_000);
    expect(await h.call()).toBe('tok-1');
    h.advance(60_000);
    expect(await h.call()).toBe('tok-2');
    expect(h.tokenCalls).toHaveLength(2);
  });

  it('fetches a new token once when the API answers 401, and gives up after that', async () => {
    const h = harness();
    expect(await h.call()).toBe('tok-1');
    h.refuse(['tok-1']);
    expect(await h.call()).toBe('tok-2');
    h.refuse(['tok-2', 'tok-3']);
    const runtimeAnswer = await h.call();
    expect(runtimeAnswer).toBeUndefined(); // the 401 body has no token: the second refusal is passed on
    expect(h.tokenCalls).toHaveLength(3);
  });
});

describe('rate-limit reset formats', () => {
  const now = new Date('2031-01-01T00:00:00Z');
  const epoch = String(Math.floor(now.getTime() / 1000) + 42);
  const config = (resetFormat?: 'delta' | 'epoch' | 'http_date'): RateLimitConfig => ({
    throttledWhen: [{ status: 429 }],
    retryAfterHeader: 'Retry-After',
    counters: [
      {
        limitHeader: 'X-RateLimit-Limit',
        remainingHeader: 'X-RateLimit-Remaining',
        resetHeader: 'X-RateLimit-Reset',
        ...(resetFormat ? { resetFormat } : {}),
      },
      { limitHeader: 'RateLimit-Limit', remainingHeader: 'RateLimit-Remaining' },
    ],
  });
  const lookup = (values: Record<string, string>) => (name: string) => values[name] ?? null;

  it.each([
    ['delta', undefined, '42', 42],
    ['epoch', 'epoch' as const, epoch, 42],
    ['epoch in the past', 'epoch' as const, '1000', 0],
    ['HTTP date', 'http_date' as const, 'Wed, 01 Jan 2031 00:00:42 GMT', 42],
  ])('%s: reset and the derived retry-after are delta seconds', (_, format, reset, want) => {
    const fields = readRateLimit(
      config(format),
      lookup({ 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': reset }),
      now,
    );
    expect(fields).toEqual({
      'ratelimit-limit': 60,
      'ratelimit-remaining': 0,
      'ratelimit-reset': want,
      'retry-after': want,
    });
  });

  it('keeps a retry-after the API sends, and uses the second header set when the first is absent', () => {
    const fields = readRateLimit(
      config('epoch'),
      lookup({ 'Retry-After': '7', 'RateLimit-Limit': '10', 'RateLimit-Remaining': '3' }),
      now,
    );
    expect(fields).toEqual({ 'ratelimit-limit': 10, 'ratelimit-remaining': 3, 'ratelimit-reset': 7, 'retry-after': 7 });
  });
});

describe('error causes', () => {
  it.each([
    [
      'GitHub: a list of objects',
      [{ path: 'errors', field: 'field', message: ['message', 'code'] }],
      { message: 'Validation Failed', errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }] },
      'Validation Failed',
      'Validation Failed: title: missing_field',
    ],
    [
      'GitLab: a map of string lists',
      [{ path: 'message', message: ['message'] }],
      { message: { name: ['has already been taken'], path: ['is invalid'] } },
      'the upstream API answered 400',
      'the upstream API answered 400: name: has already been taken; path: is invalid',
    ],
    [
      'Zendesk: a map of object lists',
      [{ path: 'details', message: ['description'] }],
      {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: { email: [{ description: 'Email is invalid', error: 'InvalidValue' }] },
      },
      'Record validation errors',
      'Record validation errors: email: Email is invalid',
    ],
    ['no causes', [{ path: 'errors', message: ['message'] }], { message: 'Not Found' }, 'Not Found', 'Not Found'],
  ])('%s', (_, rules, body, summary, want) => {
    expect(withCauses(summary, body, rules)).toBe(want);
  });

  it('bounds the number and length of causes', () => {
    const errors = Array.from({ length: 50 }, (_, i) => ({ field: `f${i}`, message: 'x'.repeat(500) }));
    const text = withCauses('Bad', { errors }, [{ path: 'errors', field: 'field', message: ['message'] }]);
    expect(text.split('; ')).toHaveLength(10);
    expect(text.length).toBeLessThan(2300);
  });
});

describe('encodings', () => {
  it.each([
    [undefined, ['a b', 'c'], 'tag=a%20b&tag=c'],
    ['repeat' as const, ['a', 'b'], 'tag=a&tag=b'],
    ['comma' as const, ['bug', 'ui'], 'tag=bug%2Cui'],
    ['brackets' as const, ['admin', 'agent'], 'tag%5B%5D=admin&tag%5B%5D=agent'],
    ['comma' as const, [], ''],
  ])('query array style %s', (style, value, want) => {
    expect(encodeQuery(encodePairs('tag', value, style))).toBe(want);
  });

  it('form bodies use form encoding; header values refuse line breaks', () => {
    expect(
      encodeForm([
        ['title', 'a b&c'],
        ['labels', 'x,y'],
      ]),
    ).toBe('title=a+b%26c&labels=x%2Cy');
    expect(headerValue('key', 'abc')).toEqual({ ok: true, value: 'abc' });
    expect(headerValue('key', 'a\r\nX-Evil: 1')).toMatchObject({ ok: false });
  });
});
