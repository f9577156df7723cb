/**
 * The one token-endpoint client: a form POST whose answer is read with a cap (a token endpoint that
 * streams megabytes is refused, not buffered), never redirected, and whose error code is bounded.
 */
import { postTokenRequest, tokenErrorCode } from 'saas-mcp-runtime/host';
import { describe, expect, it } from 'vitest';
import { observedFetch } from '../support/observed-fetch.js';

describe('postTokenRequest', () => {
  it('posts the form, asks for JSON, refuses redirects and returns the parsed answer', async () => {
    const observed = observedFetch(() => Response.json({ access_token: 'a', expires_in: 60 }));
    const answer = await postTokenRequest(
      'https://auth.example/token',
      [
        ['grant_type', 'client_credentials'],
        ['scope', 'a b'],
      ],
      { timeoutMs: 1000, headers: { authorization: 'Basic x' } },
      observed.fetch,
    );
    expect(answer).toEqual({ ok: true, value: { status: 200, body: { access_token: 'a', expires_in: 60 } } });
    const [sent] = observed.exchanges;
    expect(sent?.url).toBe('https://auth.example/token');
    expect(sent?.method).toBe('POST');
    expect(sent?.body).toBe('grant_type=client_credentials&scope=a+b');
    expect(sent?.init.redirect).toBe('manual');
    expect(sent?.headers).toMatchObject({
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
      authorization: 'Basic x',
    });
  });

  it('stops reading an answer past its cap', async () => {
    const huge = JSON.stringify({ access_token: 'x'.repeat(200 * 1024) });
    const answer = await postTokenRequest(
      'https://auth.example/token',
      [],
      { timeoutMs: 1000 },
      observedFetch(() => new Response(huge, { headers: { 'content-type': 'application/json' } })).fetch,
    );
    expect(answer.ok).toBe(false);
    expect(answer.ok ? '' : answer.message).toMatch(/larger than|too large/i);
  });

  it('reads only a well-formed, bounded error code', () => {
    expect(tokenErrorCode({ error: 'invalid_grant' })).toBe('invalid_grant');
    expect(tokenErrorCode({ error: 'has spaces <script>' })).toBeUndefined();
    expect(tokenErrorCode('not json')).toBeUndefined();
  });
});
