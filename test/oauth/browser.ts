/**
 * What a person's browser does during sign-in, step by step over real HTTP: the server's authorize
 * redirect, the Egnyte domain form, Egnyte's own authorize page (the sandbox approves at once), the
 * consent page, and the final redirect to the client. Each page is checked, not just followed.
 */
import { expect } from 'vitest';

export interface SignIn {
  /** The URL the server finally sends the browser to (the client's redirect URI with code or error). */
  redirect: URL;
  /** The consent page, as shown. */
  consent: string;
}

function location(answer: Response): string {
  const target = answer.headers.get('location');
  if (answer.status !== 302 || !target) throw new Error(`expected a redirect, got ${answer.status}`);
  return target;
}

function formValue(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match?.[1]) throw new Error(`the page has no ${name} field`);
  return match[1].replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

async function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });
}

/** Drives one sign-in from the client's authorization URL; `decision` answers the consent page. */
export async function signInWithEgnyte(authorizationUrl: string | URL, options: { domain?: string; decision?: 'allow' | 'deny' } = {}): Promise<SignIn> {
  const start = new URL(authorizationUrl);
  const domainPageUrl = new URL(location(await fetch(start, { redirect: 'manual' })), start);
  const domainPage = await fetch(domainPageUrl);
  const domainHtml = await domainPage.text();
  expect(domainPage.status).toBe(200);
  expect(domainHtml).toContain('Your Egnyte domain');
  const request = formValue(domainHtml, 'request');
  const toEgnyte = await postForm(new URL('/oauth/signin', start).href, { request, domain: options.domain ?? 'acme' });
  const egnyteAuthorize = new URL(location(toEgnyte));
  expect(egnyteAuthorize.pathname).toBe('/puboauth/token');
  const callback = location(await fetch(egnyteAuthorize, { redirect: 'manual' }));
  const consentPage = await fetch(callback, { redirect: 'manual' });
  const consent = await consentPage.text();
  expect(consentPage.status).toBe(200);
  expect(consent).toContain('Allow');
  const answered = await postForm(new URL('/oauth/consent', start).href, { request: formValue(consent, 'request'), decision: options.decision ?? 'allow' });
  return { redirect: new URL(location(answered)), consent };
}
