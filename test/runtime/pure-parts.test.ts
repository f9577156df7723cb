/** Unit tables for the pure parts: cursors, path encoding, rate-limit counters, credentials, requests, filters, surface options. */

import { checkFilter, parseSurfaceConfig, resolveBaseUrl, selectTools, setBounded } from 'saas-mcp-runtime/host';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../templates/runtime/src/cli/args.js';
import { resolveCredentials } from '../../templates/runtime/src/upstream/credentials.js';
import {
  argumentsHash,
  decodeCursor,
  encodeCursor,
  INVALID_CURSOR_MESSAGE,
  MISMATCHED_CURSOR_MESSAGE,
  toolTag,
} from '../../templates/runtime/src/upstream/paging/next-cursor.js';
import { encodePathValue } from '../../templates/runtime/src/upstream/path-encoding.js';
import { isThrottled, parseRetryAfter, readRateLimit } from '../../templates/runtime/src/upstream/ratelimit.js';
import { buildRequest } from '../../templates/runtime/src/upstream/request.js';
import { fixture, tools } from './fixture.js';

const identity = { toolTag: toolTag('list_all_acme_users'), argsHash: argumentsHash({ email: 'a@b.c' }) };

describe('cursor', () => {
  it.each([[{ offset: 11 }], [{ vendorCursor: 'AAN_lwABAX1z' }], [{ vendorCursor: 3529, skip: 2 }], [{ skip: 4 }]])(
    'round-trips %j',
    (state) => {
      const cursor = encodeCursor({ ...identity, ...state });
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor, identity)).toEqual({ ok: true, value: { ...identity, skip: undefined, ...state } });
    },
  );

  it('ignores limit and next_cursor and key order when hashing arguments', () => {
    expect(argumentsHash({ b: 1, a: { y: 2, x: 1 }, limit: 5 })).toBe(
      argumentsHash({ a: { x: 1, y: 2 }, b: 1, next_cursor: 'z' }),
    );
    expect(argumentsHash({ a: 1 })).not.toBe(argumentsHash({ a: 2 }));
  });

  const packed = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  it.each([
    ['', INVALID_CURSOR_MESSAGE],
    ['not base64!', INVALID_CURSOR_MESSAGE],
    [packed([1, 2]), INVALID_CURSOR_MESSAGE],
    [packed({ v: 2, t: identity.toolTag, h: identity.argsHash, o: 1 }), INVALID_CURSOR_MESSAGE],
    [packed({ v: 1, t: identity.toolTag, h: identity.argsHash, o: -1 }), INVALID_CURSOR_MESSAGE],
    [packed({ v: 1, t: identity.toolTag, h: identity.argsHash, c: { x: 1 } }), INVALID_CURSOR_MESSAGE],
    [packed({ v: 1, t: toolTag('other_tool'), h: identity.argsHash, o: 1 }), INVALID_CURSOR_MESSAGE],
    [packed({ v: 1, t: identity.toolTag, h: 'otherargs', o: 1 }), MISMATCHED_CURSOR_MESSAGE],
  ])('refuses %j', (cursor, message) => {
    expect(decodeCursor(cursor, identity)).toEqual({ ok: false, message });
  });
});

describe('encodePathValue', () => {
  it.each([
    ['/Shared/Docs', true, 'Shared/Docs'],
    ['Shared/example?path/$file.txt', true, 'Shared/example%3Fpath/%24file.txt'],
    ['/Shared/a b/ü.txt', true, 'Shared/a%20b/%C3%BC.txt'],
    ['a/b', false, 'a%2Fb'],
    ['12408258604', false, '12408258604'],
    ['..a', false, '..a'],
  ])('%j (multi-segment %s) -> %j', (value, multi, want) => {
    expect(encodePathValue(value, 'path', multi)).toEqual({ ok: true, value: want });
  });

  it.each([
    ['/Shared/../x', true],
    ['/Shared/./x', true],
    ['/Shared//x', true],
    ['/Shared/x/', true],
    ['/', true],
    ['/Shared/\u0000', true],
    ['..', false],
    ['.', false],
    ['', false],
    ['a\nb', false],
  ])('refuses %j (multi-segment %s)', (value, multi) => {
    expect(encodePathValue(value, 'path', multi).ok).toBe(false);
  });
});

describe('rate limits', () => {
  const config = fixture.integration.rateLimit;
  const lookup = (headers: Record<string, string>) => (name: string) => {
    const found = Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase());
    return found ? found[1] : null;
  };

  it.each([
    [403, { 'X-Mashery-Error-Code': 'ERR_403_DEVELOPER_OVER_QPS' }, true],
    [403, { 'x-mashery-error-code': 'ERR_403_DEVELOPER_OVER_RATE' }, true],
    [403, { 'X-Mashery-Error-Code': 'ERR_403_DEVELOPER_INACTIVE' }, false],
    [403, {}, false],
    [429, {}, true],
    [500, {}, false],
  ])('status %i with %j throttled: %s', (status, headers, want) => {
    expect(isThrottled(config, status, lookup(headers))).toBe(want);
  });

  it.each([
    [{ 'Retry-After': '1', 'X-Accesstoken-Qps-Allotted': '2', 'X-Accesstoken-Qps-Current': '3' }, [2, 0, 1, 1]],
    [
      { 'Retry-After': '3600', 'X-Accesstoken-Quota-Allotted': '1000', 'X-Accesstoken-Quota-Current': '990' },
      [1000, 10, 3600, 3600],
    ],
    [{ 'Retry-After': '5' }, [null, null, 5, 5]],
    [{}, [null, null, null, null]],
  ])('%j -> limit, remaining, reset, retry-after %j', (headers, want) => {
    const fields = readRateLimit(config, lookup(headers));
    expect([
      fields['ratelimit-limit'],
      fields['ratelimit-remaining'],
      fields['ratelimit-reset'],
      fields['retry-after'],
    ]).toEqual(want);
  });

  it('reads a remaining and a reset header when the vendor sends them', () => {
    const custom = { ...config, counters: [{ limitHeader: 'L', remainingHeader: 'R', resetHeader: 'T' }] };
    expect(readRateLimit(custom, lookup({ L: '10', R: '4', T: '7', 'Retry-After': '1' }))).toEqual({
      'ratelimit-limit': 10,
      'ratelimit-remaining': 4,
      'ratelimit-reset': 7,
      'retry-after': 1,
    });
  });

  it('turns an HTTP-date Retry-After into delta seconds', () => {
    expect(parseRetryAfter('Wed, 01 Jan 2031 00:00:30 GMT', new Date('2031-01-01T00:00:00Z'))).toBe(30);
    expect(parseRetryAfter('soon', new Date())).toBeNull();
  });
});

describe('credentials', () => {
  const { integration } = fixture;
  it.each([
    [{ ACME_DOMAIN: 'acme' }, 'https://acme.acme.test'],
    [{ ACME_DOMAIN: 'acme', ACME_BASE_URL: 'http://127.0.0.1:4010/' }, 'http://127.0.0.1:4010'],
  ])('%j -> %s', (env, want) => {
    expect(resolveBaseUrl(integration, env)).toEqual({ ok: true, value: want });
  });

  it.each([
    [{}, 'set ACME_DOMAIN'],
    [{ ACME_DOMAIN: 'evil.com/x?' }, 'ACME_DOMAIN is not valid'],
    [{ ACME_DOMAIN: 'user@evil' }, 'ACME_DOMAIN is not valid'],
    [{ ACME_BASE_URL: 'ftp://x' }, 'http or https'],
    [{ ACME_BASE_URL: 'http://u:p@x' }, 'must not carry credentials'],
  ])('%j is refused', (env, message) => {
    const resolved = resolveBaseUrl(integration, env);
    expect(resolved.ok).toBe(false);
    expect(resolved.ok ? '' : resolved.message).toContain(message);
  });

  it('needs the access token', () => {
    expect(resolveCredentials(integration, { ACME_DOMAIN: 'acme' })).toEqual({
      ok: false,
      message: 'set ACME_ACCESS_TOKEN',
    });
  });
});

describe('buildRequest', () => {
  const credentials = { baseUrl: 'http://up', accessToken: 'tok' };
  const audit = tools.find((tool) => tool.name === 'list_all_acme_audit_events')!;
  const update = tools.find((tool) => tool.name === 'update_an_acme_user_by_id')!;

  it('repeats array query keys and encodes spaces as %20', () => {
    const built = buildRequest(audit, { types: ['a b', 'c'] }, credentials);
    expect(built).toMatchObject({
      ok: true,
      value: { method: 'GET', url: 'http://up/v2/audit/stream?type=a%20b&type=c' },
    });
    expect(built.ok && built.value.body).toBeUndefined();
  });

  it('puts body arguments under their vendor names with a JSON content type', () => {
    const built = buildRequest(update, { user_id: 7, active: false }, credentials);
    expect(built).toMatchObject({ ok: true, value: { url: 'http://up/v2/users/7', body: '{"active":false}' } });
    // Credentials are added by authorize.ts, never by the request builder.
    expect(built.ok && built.value.headers).toEqual({ accept: 'application/json', 'content-type': 'application/json' });
  });
});

describe('filters', () => {
  it.each([
    [{ methods: ['read'] }, 6],
    [{ methods: ['write'] }, 3],
    [{ methods: ['custom'] }, 1],
    [{ methods: ['list', 'delete'] }, 5],
    [{ tags: ['users'] }, 3],
    [{ methods: ['write'], tags: ['users', 'links'] }, 2],
  ])('%j selects %i tools', (filter, count) => {
    expect(selectTools(tools, filter)).toHaveLength(count);
  });

  it('reports unknown tokens', () => {
    expect(checkFilter(fixture, { methods: ['read', 'lst'], tags: ['user'] })).toEqual([
      expect.stringContaining('unknown method "lst"'),
      expect.stringContaining('unknown tag "user"'),
    ]);
  });
});

describe('surface options', () => {
  it('reads --tool-exposure and --output-schema, defaulting to every tool with output schemas', () => {
    const serve = (argv: string[]) => {
      const parsed = parseArgs(argv);
      if (!parsed.ok || parsed.value.kind !== 'serve') {
        throw new Error(parsed.ok ? 'not serve' : parsed.message);
      }
      return parsed.value.surface;
    };
    expect(serve([])).toEqual({ toolExposure: 'all', outputSchema: true });
    expect(serve(['--tool-exposure', 'discovery', '--output-schema=off'])).toEqual({
      toolExposure: 'discovery',
      outputSchema: false,
    });
    expect(parseArgs(['--tool-exposure', 'lazy'])).toEqual({
      ok: false,
      message: '--tool-exposure must be all or discovery (got "lazy")',
    });
    expect(parseArgs(['--output-schema', 'false'])).toEqual({
      ok: false,
      message: '--output-schema must be on or off (got "false")',
    });
    expect(parseArgs(['--output-schema'])).toMatchObject({ ok: false, message: '--output-schema needs a value' });
  });

  it('reads the same from a server config, naming the config fields in errors', () => {
    expect(parseSurfaceConfig({})).toEqual({ ok: true, value: { toolExposure: 'all', outputSchema: true } });
    expect(parseSurfaceConfig({ tool_exposure: 'discovery', output_schema: 'off' })).toEqual({
      ok: true,
      value: { toolExposure: 'discovery', outputSchema: false },
    });
    expect(parseSurfaceConfig({ tool_exposure: 3 })).toEqual({
      ok: false,
      message: 'tool_exposure must be all or discovery (got 3)',
    });
    expect(parseSurfaceConfig({ output_schema: true })).toEqual({
      ok: false,
      message: 'output_schema must be on or off (got true)',
    });
  });
});

describe('setBounded', () => {
  it('keeps the newest entries up to the bound, oldest first out; a key set again takes no more room', () => {
    const map = new Map<string, number>();
    for (const [index, key] of ['a', 'b', 'c', 'd'].entries()) {
      setBounded(map, key, index, 3);
    }
    expect([...map]).toEqual([
      ['b', 1],
      ['c', 2],
      ['d', 3],
    ]);
    setBounded(map, 'c', 9, 3);
    expect([...map]).toEqual([
      ['b', 1],
      ['c', 9],
      ['d', 3],
    ]);
  });
});
