/**
 * What a person's browser does during sign-in, step by step over real HTTP, with the cookie the
 * server sets at /authorize (a one-cookie jar): the server's authorize redirect, the consent page
 * (client, redirect host, tools, vendor domain), Egnyte's own authorize page (the sandbox approves
 * at once), and the final redirect to the client. Each page is checked, not just followed.
 */
import { expect } from 'vitest';

export interface SignIn {
  /** The URL the server finally sends the browser to (the client's redirect URI with code or error). */
  redirect: URL;
  /** The consent page, as shown. */
  consent: string;
}

export function location(answer: Response): string {
  const target = answer.headers.get('location');
  if (answer.status !== 302 || !target) {
    throw new Error(`expected a redirect, got ${answer.status}`);
  }
  return target;
}

export function formValue(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match?.[1]) {
    throw new Error(`the page has no ${name} field`);
  }
  return match[1].replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** The name=value of the cookie a response sets (attributes dropped). */
export function setCookie(answer: Response): string {
  return (answer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

export async function postForm(url: string, fields: Record<string, string>, cookie = ''): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The browser's first two steps: /authorize (which sets the cookie) and the consent page. */
export async function openConsent(
  authorizationUrl: string | URL,
): Promise<{ cookie: string; page: string; pageUrl: URL; request: string; csrf: string }> {
  const start = await fetch(new URL(authorizationUrl), { redirect: 'manual' });
  const cookie = setCookie(start);
  const pageUrl = new URL(location(start), authorizationUrl);
  const answer = await fetch(pageUrl, { headers: { cookie } });
  const page = await answer.text();
  expect(answer.status, page).toBe(200);
  expect(page).toContain('Your Egnyte domain');
  return { cookie, page, pageUrl, request: formValue(page, 'request'), csrf: formValue(page, 'csrf') };
}

/** Drives one sign-in from the client's authorization URL; `decision` answers the consent page. */
export async function signInWithEgnyte(
  authorizationUrl: string | URL,
  options: { domain?: string; decision?: 'allow' | 'deny' } = {},
): Promise<SignIn> {
  const { cookie, page, pageUrl, request, csrf } = await openConsent(authorizationUrl);
  const answered = await postForm(
    new URL(/action="([^"]+)"/.exec(page)?.[1] ?? '', pageUrl).href,
    { request, csrf, domain: options.domain ?? 'acme', decision: options.decision ?? 'allow' },
    cookie,
  );
  if (options.decision === 'deny') {
    return { redirect: new URL(location(answered)), consent: page };
  }
  const egnyteAuthorize = new URL(location(answered));
  expect(egnyteAuthorize.pathname).toBe('/puboauth/token');
  const callback = location(await fetch(egnyteAuthorize, { redirect: 'manual' }));
  const back = await fetch(callback, { redirect: 'manual', headers: { cookie } });
  return { redirect: new URL(location(back)), consent: page };
}
