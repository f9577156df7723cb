/**
 * The one token-endpoint client: a form POST whose answer is read with a cap (a token endpoint that
 * streams megabytes is refused, not buffered), never redirected, and whose error code is bounded.
 */
import { postTokenRequest, tokenErrorCode } from 'saas-mcp-runtime/host';
import { describe, expect, it } from 'vitest';

interface Seen {
  url: string;
  init: RequestInit;
}

/** A fetch answered from the test; records what was sent. */
function answering(response: () => Response, seen: Seen[]): typeof fetch {
  return async (input, init) => {
    seen.push({ url: String(input), init: init ?? {} });
    return response();
  };
}

describe('postTokenRequest', () => {
  it('posts the form, asks for JSON, refuses redirects and returns the parsed answer', async () => {
    const seen: Seen[] = [];
    const fetchFunction = answering(() => Response.json({ access_token: 'a', expires_in: 60 }), seen);
    const answer = await postTokenRequest(
      'https://auth.example/token',
      [
        ['grant_type', 'client_credentials'],
        ['scope', 'a b'],
      ],
      { timeoutMs: 1000, headers: { authorization: 'Basic x' } },
      fetchFunction,
    );
    expect(answer).toEqual({ ok: true, value: { status: 200, body: { access_token: 'a', expires_in: 60 } } });
    expect(seen[0]?.init.method).toBe('POST');
    expect(seen[0]?.init.body).toBe('grant_type=client_credentials&scope=a+b');
    expect(seen[0]?.init.redirect).toBe('manual');
    expect(seen[0]?.init.headers).toMatchObject({
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
      answering(() => new Response(huge, { headers: { 'content-type': 'application/json' } }), []),
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
