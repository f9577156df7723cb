/**
 * design.md §4b, the consent guarantees, tried as an attacker would (issue 20, points 1-3): consent
 * is bound to the browser that called /authorize (cookie + CSRF token), it comes before the Egnyte
 * round trip, and the page names the client and the host its code goes to.
 */

import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presentedSession, sessionCookie } from '../../templates/hosting/src/oauth/browser-binding.js';
import { createTestStore, type TestStore } from '../control/stores.js';
import { type Sandbox, startSandbox } from '../sandbox/index.js';
import { openConsent, postForm, signInWithEgnyte } from './browser.js';
import { authorizeUrl, type OAuthServer, pkce, register, startOAuthServer } from './hosted-oauth.js';

let sandbox: Sandbox;
let store: TestStore;
let server: OAuthServer;
const ATTACKER_REDIRECT = 'https://attacker.example/cb';

beforeAll(async () => {
  sandbox = await startSandbox({ oauth: {} });
  store = await createTestStore('sqlite');
  server = await startOAuthServer(store.url, sandbox);
});

afterAll(async () => {
  await server?.close();
  await store?.drop();
  await sandbox?.close();
});

/**
 * A victim's browser (without the attacker's cookie) following a link: it fills in the domain and
 * signs in with Egnyte wherever it is asked to, but never answers a consent form (Allow / Deny),
 * and it stops at the attacker's redirect URI.
 */
async function victimFollows(link: string): Promise<Response[]> {
  const seen: Response[] = [];
  let next: { url: string; init?: RequestInit } | undefined = { url: link };
  for (let step = 0; next && step < 8; step++) {
    const answer: Response = await fetch(next.url, { redirect: 'manual', ...next.init });
    seen.push(answer);
    const target = answer.headers.get('location');
    if (target?.startsWith(ATTACKER_REDIRECT)) {
      break;
    }
    if (target) {
      next = { url: new URL(target, next.url).href };
      continue;
    }
    const html = answer.status === 200 ? await answer.text() : '';
    const request = /name="request" value="([^"]+)"/.exec(html)?.[1];
    const action = /action="([^"]+)"/.exec(html)?.[1];
    const isConsent = html.includes('name="decision"');
    next =
      request && action && !isConsent
        ? {
            url: new URL(action, next.url).href,
            init: {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ request, domain: 'acme' }).toString(),
            },
          }
        : undefined;
  }
  return seen;
}

/** A redirect to the attacker's redirect URI with one of our codes. */
const carriesCode = (answer: Response) => {
  const target = answer.headers.get('location') ?? '';
  return target.startsWith(ATTACKER_REDIRECT) && new URL(target).searchParams.has('code');
};

describe('consent is bound to the browser that asked (design.md §4b)', () => {
  it('the consent-hijack attack of issue 20 gets no code', async () => {
    const attacker = await register(server.url, { client_name: 'Helpful app', redirect_uris: [ATTACKER_REDIRECT] });
    expect(attacker.status).toBe(201);
    // The attacker starts /authorize from their own machine and sends the victim the sign-in link.
    const started = await fetch(
      authorizeUrl(server.url, attacker.body.client_id, pkce().challenge, { redirect_uri: ATTACKER_REDIRECT }),
      { redirect: 'manual' },
    );
    const link = new URL(started.headers.get('location') ?? '', server.url);
    const request = link.searchParams.get('request') ?? '';
    const before = sandbox.oauth.issued.length;
    const victim = await victimFollows(link.href);
    expect(victim.some(carriesCode)).toBe(false);
    // Then the attacker answers consent from their machine, knowing only the request id.
    for (const path of ['/oauth/consent', '/oauth/signin']) {
      const answer = await postForm(`${server.url}${path}`, { request, decision: 'allow', domain: 'acme' });
      expect(carriesCode(answer), path).toBe(false);
    }
    // The link was worth nothing in the victim's browser: refused at once, Egnyte never reached.
    expect(victim[0]?.status).toBe(403);
    expect(sandbox.oauth.issued.length).toBe(before);
    expect((await server.admin('GET', '/integrated-account')).body.result).toEqual([]);
  });

  it('an attacker who consents in their own browser and hands the victim the Egnyte link gets no code either', async () => {
    const attacker = await register(server.url, { redirect_uris: [ATTACKER_REDIRECT] });
    const consent = await openConsent(
      authorizeUrl(server.url, attacker.body.client_id, pkce().challenge, { redirect_uri: ATTACKER_REDIRECT }),
    );
    const toEgnyte = await postForm(
      `${server.url}/oauth/signin`,
      { request: consent.request, csrf: consent.csrf, domain: 'acme', decision: 'allow' },
      consent.cookie,
    );
    expect(toEgnyte.status).toBe(302);
    // The victim signs in with Egnyte; Egnyte sends their browser (without the attacker's cookie) back.
    const victim = await victimFollows(toEgnyte.headers.get('location') ?? '');
    expect(victim.some(carriesCode)).toBe(false);
    expect(victim[victim.length - 1]?.status).toBe(403);
  });

  it('the consent form needs its CSRF token as well as the cookie, and the cookie is HttpOnly and SameSite', async () => {
    const client = await register(server.url);
    const start = await fetch(authorizeUrl(server.url, client.body.client_id, pkce().challenge), {
      redirect: 'manual',
    });
    expect(start.headers.get('set-cookie')).toMatch(
      /^mcp_signin=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=900$/,
    );
    const consent = await openConsent(authorizeUrl(server.url, client.body.client_id, pkce().challenge));
    for (const csrf of ['', 'x'.repeat(64)]) {
      const answer = await postForm(
        `${server.url}/oauth/signin`,
        { request: consent.request, csrf, domain: 'acme', decision: 'allow' },
        consent.cookie,
      );
      expect(answer.status).toBe(403);
    }
    // Another browser's cookie with this request's id and token: refused.
    const other = await openConsent(authorizeUrl(server.url, client.body.client_id, pkce().challenge));
    const crossed = await postForm(
      `${server.url}/oauth/signin`,
      { request: consent.request, csrf: consent.csrf, domain: 'acme', decision: 'allow' },
      other.cookie,
    );
    expect(crossed.status).toBe(403);
  });
});

describe('on https the cookie cannot be planted from a sibling subdomain', () => {
  it('is __Host- prefixed and Secure, and an unprefixed one is ignored', () => {
    const session = 'a'.repeat(43);
    expect(sessionCookie(session, 900, true)).toBe(
      `__Host-mcp_signin=${session}; Path=/; HttpOnly; SameSite=Lax; Max-Age=900; Secure`,
    );
    const asked = (cookie: string) => ({ headers: { cookie } }) as IncomingMessage;
    expect(presentedSession(asked(`mcp_signin=${session}`), true)).toBeUndefined();
    expect(presentedSession(asked(`__Host-mcp_signin=${session}`), true)).toBe(session);
  });
});

describe('consent comes first and says where the code goes', () => {
  it('the first page names the client, its id and the redirect host; denying there never reaches Egnyte', async () => {
    const client = await register(server.url, {
      client_name: 'Claude',
      redirect_uris: ['https://claude.example/api/mcp/auth_callback'],
    });
    const before = sandbox.oauth.issued.length;
    const consent = await openConsent(
      authorizeUrl(server.url, client.body.client_id, pkce().challenge, {
        redirect_uri: 'https://claude.example/api/mcp/auth_callback',
      }),
    );
    expect(consent.page).toContain('<strong>Claude</strong>');
    expect(consent.page).toContain(client.body.client_id);
    expect(consent.page).toContain('its access goes to <strong>claude.example</strong>');
    expect(consent.page).toContain('<code>list_all_egnyte_users</code>');
    const denied = await postForm(
      `${server.url}/oauth/signin`,
      { request: consent.request, csrf: consent.csrf, decision: 'deny' },
      consent.cookie,
    );
    const back = new URL(denied.headers.get('location') ?? '');
    expect(back.host).toBe('claude.example');
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(sandbox.oauth.issued.length).toBe(before);
  });

  it('the Egnyte callback does nothing for a sign-in that has no consent', async () => {
    const client = await register(server.url);
    const consent = await openConsent(authorizeUrl(server.url, client.body.client_id, pkce().challenge));
    const skipped = await fetch(`${server.url}/oauth/egnyte/callback?code=x&state=signin.${consent.request}`, {
      redirect: 'manual',
      headers: { cookie: consent.cookie },
    });
    expect(skipped.status).toBe(403);
    const signIn = await signInWithEgnyte(authorizeUrl(server.url, client.body.client_id, pkce().challenge));
    expect(signIn.redirect.searchParams.get('code')).toBeTruthy();
  });
});
