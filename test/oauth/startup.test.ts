/** `--oauth` at start-up: each missing setting is named, and the flags parse as the contract says. */
import { describe, expect, it } from 'vitest';
import { grantedScopes, parseOAuthMethods } from '../../templates/hosting/src/oauth/settings.js';
import { openOAuth } from '../../templates/hosting/src/oauth/startup.js';
import { parseArgs } from '../../templates/runtime/src/cli/args.js';
import { hostingSettings } from '../control/hosted.js';

describe('--oauth settings', () => {
  it('parses --oauth and --oauth-methods for serve only', () => {
    expect(parseArgs(['--transport', 'http', '--oauth', '--oauth-methods', 'read,write'])).toMatchObject({
      ok: true,
      value: { oauth: true, oauthMethods: 'read,write' },
    });
    expect(parseArgs(['mint-url', '--oauth'])).toMatchObject({
      ok: false,
      message: '--oauth does not apply to mint-url',
    });
  });

  it('names what is missing: a store, MCP_PUBLIC_URL, the vendor app', async () => {
    const answer = await openOAuth({}, undefined, hostingSettings({}));
    expect(answer).toMatchObject({ ok: false });
    const message = answer.ok ? '' : answer.message;
    expect(message).toContain('--oauth needs a store');
    expect(message).toContain('--oauth needs MCP_PUBLIC_URL');
  });

  it('refuses unknown or read-less method lists and unknown scopes', () => {
    expect(parseOAuthMethods('read,delete')).toMatchObject({ ok: false });
    expect(parseOAuthMethods('write')).toMatchObject({
      ok: false,
      message: expect.stringContaining('must include read'),
    });
    expect(parseOAuthMethods(undefined)).toEqual({ ok: true, value: ['read'] });
    // No scope asked: the least privilege, whatever the operator allows (design.md §4b).
    expect(grantedScopes(undefined, { methods: ['read', 'write'] })).toEqual({ ok: true, value: ['mcp:read'] });
    expect(grantedScopes([], { methods: ['read', 'write'] })).toEqual({ ok: true, value: ['mcp:read'] });
    expect(grantedScopes(['mcp:write'], { methods: ['read'] })).toMatchObject({ ok: false });
  });
});
