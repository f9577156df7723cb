/**
 * Redaction that searches a result's JSON text before walking it: a result without a secret comes
 * back as the same object (nothing copied), and a secret anywhere in it (text, structuredContent
 * values or keys, JSON-escaped characters) is still replaced everywhere.
 */
import { describe, expect, it } from 'vitest';
import { errorResult, successResult } from '../../templates/runtime/src/calls/results.js';
import { REDACTED } from '../../templates/runtime/src/security/redact.js';
import { redactCallResult } from '../../templates/runtime/src/security/redact-result.js';

const TOKEN = 'upstream-token-0123456789';

describe('redactCallResult', () => {
  it('hands back a success without any secret as it is, not a copy', () => {
    const result = successResult({ data: [{ id: 1, name: 'Ann' }], next_cursor: null });
    expect(redactCallResult(result, [TOKEN, 'api-token-xyz'], false)).toBe(result);
  });

  it('replaces a secret in the text and in structuredContent, values and keys', () => {
    const result = successResult({ note: `you sent ${TOKEN}`, [TOKEN]: 'as a key', nested: [{ deep: TOKEN }] });
    const redacted = redactCallResult(result, [TOKEN], false);
    expect(JSON.stringify(redacted)).not.toContain(TOKEN);
    expect(redacted.structuredContent).toEqual({
      note: `you sent ${REDACTED}`,
      [REDACTED]: 'as a key',
      nested: [{ deep: REDACTED }],
    });
    expect(JSON.parse((redacted.content[0] as { text: string }).text)).toEqual(redacted.structuredContent);
  });

  it('finds a secret whose characters JSON escapes (quote, backslash, control character)', () => {
    const secret = 'se"cr\\et\u0001value';
    const redacted = redactCallResult(successResult({ echoed: `x${secret}y` }), [secret], false);
    expect(redacted.structuredContent).toEqual({ echoed: `x${REDACTED}y` });
    expect(JSON.stringify(redacted)).not.toContain(JSON.stringify(secret).slice(1, -1));
  });

  it('walks results of any other shape, and always walks errors (Authorization-looking values too)', () => {
    const withMeta = { ...successResult({ ok: true }), _meta: { echo: TOKEN } };
    expect(JSON.stringify(redactCallResult(withMeta, [TOKEN], false))).not.toContain(TOKEN);
    const error = errorResult(
      { error: 'upstream_error', message: 'header was Authorization: Bearer abcdef123456' },
      () => true,
    );
    expect(redactCallResult(error, [], true).structuredContent).toMatchObject({
      message: `header was Authorization: ${REDACTED}`,
    });
  });

  it('ignores values too short to be secrets, as the walk does', () => {
    const result = successResult({ word: 'abc' });
    expect(redactCallResult(result, ['abc'], false)).toBe(result);
  });
});
