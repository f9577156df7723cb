/**
 * Unit tables for the shapes of issue 23: paths from the end and dotted keys, last-item cursors,
 * body links, lists that can only say they were cut, nested form/deepObject encoding, errors in
 * 2xx answers, the field at fault leading, key-only basic auth and token URL variables.
 */

import type { IntegrationInfo } from 'saas-mcp-runtime';
import type {
  BodyLinkPagination,
  CursorPagination,
  OAuthRefreshTokenAuth,
  Pagination,
  SinglePagePagination,
} from 'saas-mcp-runtime/contract';
import { schemeVariables } from 'saas-mcp-runtime/contract';
import { describe, expect, it } from 'vitest';
import { errorInSuccess } from '../../templates/runtime/src/calls/success-errors.js';
import { readPath } from '../../templates/runtime/src/data/json-path.js';
import { withCredentials } from '../../templates/runtime/src/upstream/auth/authorize.js';
import { tokenEndpoint } from '../../templates/runtime/src/upstream/auth/token-url.js';
import { resolveCredentials } from '../../templates/runtime/src/upstream/credentials.js';
import { withCauses } from '../../templates/runtime/src/upstream/error-causes.js';
import { planPage, readPage } from '../../templates/runtime/src/upstream/paging/paginate.js';
import { encodeNested } from '../../templates/runtime/src/upstream/request-nested.js';

function firstPage(pagination: Pagination, body: unknown, responsePath = 'data') {
  const planned = planPage(pagination, 'tool', {});
  if (!planned.ok) {
    throw new Error(planned.message);
  }
  const read = readPage(pagination, planned.value, body, responsePath, { baseUrl: 'https://api.example/v1' });
  if (!read.ok) {
    return { error: read.message };
  }
  return { next: read.value.next_cursor, incomplete: read.value.incomplete };
}

describe('paths', () => {
  const body = { data: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], '@odata.nextLink': 'https://x', meta: { 'a.b': 1 } };
  it.each([
    ['data.-1.id', 'c'],
    ['data.-3.id', 'a'],
    ['data.-4.id', undefined],
    ['data.0.id', 'a'],
    ['@odata.nextLink', 'https://x'],
    ['meta.a.b', 1],
  ])('%s reads %j', (path, expected) => {
    expect(readPath(body, path)).toEqual(expected);
  });
});

describe('the end of a listing, whatever marks it', () => {
  const lastId: CursorPagination = {
    style: 'cursor',
    cursorParam: 'starting_after',
    paramsIn: 'query',
    nextCursorPath: 'data.-1.id',
    morePath: 'has_more',
    cursorOnly: false,
  };
  it.each([
    ['has_more true: the last id is the cursor', { has_more: true, data: [{ id: 'a' }, { id: 'b' }] }, true, undefined],
    ['has_more false ends', { has_more: false, data: [{ id: 'a' }] }, false, undefined],
    ['has_more null ends', { has_more: null, data: [{ id: 'a' }] }, false, undefined],
    [
      'has_more true with no items to take an id from: incomplete',
      { has_more: true, data: [] },
      false,
      'has_more is true',
    ],
  ])('%s', (_, body, more, says) => {
    const read = firstPage(lastId, body);
    expect(read.next !== null).toBe(more);
    if (says) {
      expect(read.incomplete).toContain(says);
    } else {
      expect(read.incomplete).toBeUndefined();
    }
  });

  const plain: CursorPagination = {
    style: 'cursor',
    cursorParam: 'cursor',
    paramsIn: 'query',
    nextCursorPath: 'next_cursor',
    morePath: 'has_more',
    cursorOnly: false,
  };
  it('an empty page goes on when the API says more follow and hands a cursor', () => {
    expect(firstPage(plain, { has_more: true, next_cursor: 'c2', data: [] }).next).not.toBeNull();
    expect(firstPage({ ...plain, morePath: undefined }, { next_cursor: 'c2', data: [] }).next).toBeNull();
  });

  it('an empty-string cursor ends the listing; with has_more still true the result says it is incomplete', () => {
    expect(firstPage({ ...plain, morePath: undefined }, { next_cursor: '', data: [{}] })).toEqual({
      next: null,
      incomplete: undefined,
    });
    expect(firstPage(plain, { has_more: true, next_cursor: '', data: [{}] }).incomplete).toMatch(
      /^Incomplete: .*has_more is true/,
    );
  });

  const single: SinglePagePagination = { style: 'none', morePath: 'more', totalPath: 'total', paramsIn: 'query' };
  it.each([
    ['nothing says more', { data: [{}, {}] }, undefined],
    ['a total above what came back', { total: 5, data: [{}, {}] }, 'total is 5, 2 returned so far'],
    ['a total reached', { total: 2, data: [{}, {}] }, undefined],
    ['a more flag', { more: true, data: [{}] }, 'more is true'],
  ])('one-page lists: %s', (_, body, says) => {
    const read = firstPage(single, body);
    expect(read.next).toBeNull();
    if (says) {
      expect(read.incomplete).toContain(says);
    } else {
      expect(read.incomplete).toBeUndefined();
    }
  });
});

describe('next links in the body', () => {
  const link: BodyLinkPagination = { style: 'body_link', nextLinkPath: 'links.next' };
  it.each([
    ['absolute, under the base', 'https://api.example/v1/items?after=b', true],
    ['relative to the origin, under the base path', '/v1/items?after=b', true],
    ['null', null, false],
    ['empty', '', false],
  ])('%s', (_, next, followed) => {
    expect(firstPage(link, { links: { next }, data: [{}] }).next !== null).toBe(followed);
  });
  it.each([
    ['another origin', 'https://evil.example/v1/items'],
    ['another base path', '/v2/items'],
    ['a climb out of the base path', '/v1/../admin'],
    ['credentials in the URL', 'https://user:pw@api.example/v1/items'],
  ])('refuses %s, as for Link headers', (_, next) => {
    expect(firstPage(link, { links: { next }, data: [{}] })).toEqual({
      error: expect.stringContaining('outside its own API'),
    });
  });
});

describe('nested values outside a JSON body', () => {
  it('writes objects, free keys and arrays of objects as bracketed keys; scalar arrays keep their style', () => {
    expect(encodeNested('metadata', { crm_id: '42', plan: 'pro' })).toEqual([
      ['metadata[crm_id]', '42'],
      ['metadata[plan]', 'pro'],
    ]);
    expect(encodeNested('items', [{ price: 'p_1', quantity: 2 }])).toEqual([
      ['items[0][price]', 'p_1'],
      ['items[0][quantity]', '2'],
    ]);
    expect(encodeNested('filter', { owner: { id: 7 }, tags: ['a', 'b'] }, 'brackets')).toEqual([
      ['filter[owner][id]', '7'],
      ['filter[tags][]', 'a'],
      ['filter[tags][]', 'b'],
    ]);
    expect(encodeNested('email', 'a@b.c')).toEqual([['email', 'a@b.c']]);
  });
});

const integration = (more: Partial<IntegrationInfo>): IntegrationInfo => ({
  name: 'acme',
  displayName: 'Acme',
  packageName: 'acme-mcp-server',
  baseUrl: 'https://{region}.acme.example',
  baseUrlEnv: 'ACME_BASE_URL',
  baseUrlVariables: {
    region: { env: 'ACME_REGION', description: 'region' },
    tenant: { env: 'ACME_TENANT', pattern: '^[a-z0-9-]+$', description: 'tenant id' },
  },
  auth: { type: 'bearer', tokenEnv: 'ACME_TOKEN' },
  rateLimit: { throttledWhen: [], retryAfterHeader: 'Retry-After', counters: [] },
  errorMessagePaths: ['message', 'error.message'],
  ...more,
});
const answer = (status: number, body: unknown) => ({ status, header: () => null, body, text: JSON.stringify(body) });

describe('errors inside 2xx answers', () => {
  const info = integration({
    errorsInSuccess: [
      { path: 'ok', equals: false, codePath: 'error' },
      { path: 'errors', present: true },
    ],
  });
  it.each([
    [
      'ok false, with only a code',
      { ok: false, error: 'user_not_found' },
      {
        error: 'upstream_error',
        status: 200,
        code: 'user_not_found',
        message: 'the upstream API answered 200 with error user_not_found',
      },
    ],
    [
      'ok false, with a message',
      { ok: false, error: 'invalid_auth', message: 'Token revoked' },
      { error: 'upstream_error', status: 200, code: 'invalid_auth', message: 'Token revoked' },
    ],
    [
      'an errors list',
      { errors: [{ message: 'x' }] },
      { error: 'upstream_error', status: 200, message: 'the upstream API answered 200' },
    ],
  ])('%s is a tool error', (_, body, expected) => {
    expect(errorInSuccess(answer(200, body), info)).toEqual(expected);
  });
  it.each([[{ ok: true }], [{ errors: [] }], [{ errors: null }], [[1, 2]]])('%j is a success', (body) => {
    expect(errorInSuccess(answer(200, body), info)).toBeUndefined();
  });
});

describe('the field at fault leads', () => {
  it('a Stripe-shaped error object with field: param reads as "email: <message>", without the noise', () => {
    const body = {
      error: {
        type: 'invalid_request_error',
        code: 'email_invalid',
        message: 'Invalid email address: x',
        param: 'email',
        doc_url: 'https://docs',
      },
    };
    expect(
      withCauses('Invalid email address: x', body, [{ path: 'error', field: 'param', message: ['message'] }]),
    ).toBe('email: Invalid email address: x');
    // Without field the object is read as a map of fields (the 1.2 reading), noise included.
    expect(withCauses('Invalid email address: x', body, [{ path: 'error', message: ['message'] }])).toContain(
      'doc_url: https://docs',
    );
  });
  it('other causes follow the leading one', () => {
    const body = {
      errors: [
        { field: 'email', message: 'is invalid' },
        { field: 'name', message: 'is missing' },
      ],
    };
    expect(withCauses('is invalid', body, [{ path: 'errors', field: 'field', message: ['message'] }])).toBe(
      'email: is invalid; name: is missing',
    );
  });
});

describe('auth', () => {
  it('basic without a password variable: the key is the secret user name, sent as "<key>:"', () => {
    const info = integration({
      baseUrl: 'https://api.acme.example',
      baseUrlVariables: {},
      auth: { type: 'basic', usernameEnv: 'ACME_KEY' },
    });
    expect(schemeVariables(info.auth, 'Acme')).toEqual([expect.objectContaining({ env: 'ACME_KEY', role: 'secret' })]);
    const credentials = resolveCredentials(info, { ACME_KEY: 'sk_test_1' });
    expect(credentials).toEqual({ ok: true, value: { baseUrl: 'https://api.acme.example', accessToken: 'sk_test_1' } });
    const sent = withCredentials(
      { method: 'GET', url: 'https://api.acme.example/x', headers: {} },
      info.auth,
      credentials.ok ? credentials.value : (undefined as never),
    );
    expect(sent.headers.authorization).toBe(`Basic ${Buffer.from('sk_test_1:').toString('base64')}`);
  });

  const refresh: OAuthRefreshTokenAuth = {
    type: 'oauth2_refresh_token',
    tokenUrl: 'https://login.acme.example/{tenant}/oauth2/token',
    clientIdEnv: 'ACME_CLIENT_ID',
    clientSecretEnv: 'ACME_CLIENT_SECRET',
    refreshTokenEnv: 'ACME_REFRESH_TOKEN',
    clientAuth: 'body',
  };
  const env = {
    ACME_REGION: 'eu',
    ACME_TENANT: 'contoso',
    ACME_CLIENT_ID: 'id',
    ACME_CLIENT_SECRET: 'secret',
    ACME_REFRESH_TOKEN: 'rt',
  };
  it('a token URL variable is filled from its setting, and the refresh token is kept apart from the secret', () => {
    const credentials = resolveCredentials(integration({ auth: refresh }), env);
    expect(credentials).toEqual({
      ok: true,
      value: {
        baseUrl: 'https://eu.acme.example',
        accessToken: 'secret',
        account: 'id',
        refreshToken: 'rt',
        variables: { tenant: 'contoso' },
      },
    });
    expect(tokenEndpoint(refresh, credentials.ok ? credentials.value : (undefined as never))).toBe(
      'https://login.acme.example/contoso/oauth2/token',
    );
  });
  it.each([
    ['missing', { ...env, ACME_TENANT: '' }, 'set ACME_TENANT (tenant id)'],
    ['not a plain host part', { ...env, ACME_TENANT: 'a/../b' }, 'ACME_TENANT is not valid'],
  ])('a token URL variable %s stops start-up with a message', (_, values, message) => {
    expect(resolveCredentials(integration({ auth: refresh }), values)).toEqual({
      ok: false,
      message: expect.stringContaining(message),
    });
  });
  it('a variable only the token URL uses is not needed for the base URL', () => {
    const info = integration({ auth: refresh });
    expect(resolveCredentials(info, { ...env, ACME_BASE_URL: 'http://127.0.0.1:9' })).toMatchObject({
      ok: true,
      value: { baseUrl: 'http://127.0.0.1:9', variables: { tenant: 'contoso' } },
    });
  });
});
