/** Stored credentials: sealed, bound to their account, and rotated like sealed-URL keys. */
import { describe, expect, it } from 'vitest';
import { CredentialVault } from '../../templates/hosting/src/control/vault.js';

const OLD = 'old-secret-0123456789abcdef';
const NEW = 'new-secret-0123456789abcdef';
const CREDENTIALS = {
  accessToken: 'egnyte-access-token-xyz',
  refreshToken: 'egnyte-refresh-token-xyz',
  expiresAt: '2030-01-01T00:00:00.000Z',
};

/** The sealed value with one bit flipped, `fromEnd` bytes before its end. */
function tampered(sealed: string, fromEnd: number): string {
  const bytes = Buffer.from(sealed, 'base64url');
  const at = bytes.length - fromEnd;
  bytes[at] = (bytes[at] ?? 0) ^ 1;
  return bytes.toString('base64url');
}

describe('credential vault', () => {
  it('seals so that neither token shows, and opens what it sealed', () => {
    const vault = new CredentialVault([OLD], 'egnyte');
    const sealed = vault.seal('acct-1', CREDENTIALS);
    for (const secret of [CREDENTIALS.accessToken, CREDENTIALS.refreshToken]) {
      expect(sealed).not.toContain(secret);
      expect(Buffer.from(sealed, 'base64url').toString('latin1')).not.toContain(secret);
    }
    expect(vault.open('acct-1', sealed)).toEqual(CREDENTIALS);
  });

  it('opens with any listed secret while the first one seals, so secrets rotate', () => {
    const sealedWithOld = new CredentialVault([OLD], 'egnyte').seal('acct-1', CREDENTIALS);
    const rotating = new CredentialVault([NEW, OLD], 'egnyte');
    expect(rotating.open('acct-1', sealedWithOld)).toEqual(CREDENTIALS);
    const resealed = rotating.seal('acct-1', CREDENTIALS);
    expect(new CredentialVault([NEW], 'egnyte').open('acct-1', resealed)).toEqual(CREDENTIALS);
    expect(new CredentialVault([NEW], 'egnyte').open('acct-1', sealedWithOld)).toBeUndefined();
  });

  it('refuses a sealed value moved to another account, another integration or tampered with', () => {
    const vault = new CredentialVault([OLD], 'egnyte');
    const sealed = vault.seal('acct-1', CREDENTIALS);
    expect(vault.open('acct-2', sealed)).toBeUndefined();
    expect(new CredentialVault([OLD], 'octo').open('acct-1', sealed)).toBeUndefined();
    expect(vault.open('acct-1', tampered(sealed, 20))).toBeUndefined();
  });

  it('opens a changed row afresh, and keeps refusing a value moved to another account once opened', () => {
    const vault = new CredentialVault([OLD], 'egnyte');
    const first = vault.seal('acct-1', CREDENTIALS);
    expect(vault.open('acct-1', first)).toEqual(CREDENTIALS);
    const refreshed = { ...CREDENTIALS, accessToken: 'egnyte-access-token-refreshed' };
    const second = vault.seal('acct-1', refreshed);
    expect(vault.open('acct-1', second)).toEqual(refreshed);
    expect(vault.open('acct-1', first)).toEqual(CREDENTIALS);
    expect(vault.open('acct-2', first)).toBeUndefined();
    expect(vault.open('acct-1', tampered(second, 1))).toBeUndefined();
  });

  it('hands out opened credentials that no caller can change for the next one', () => {
    const vault = new CredentialVault([OLD], 'egnyte');
    const sealed = vault.seal('acct-1', CREDENTIALS);
    const opened = vault.open('acct-1', sealed);
    expect(() => Object.assign(opened ?? {}, { accessToken: 'changed' })).toThrow(TypeError);
    expect(vault.open('acct-1', sealed)).toEqual(CREDENTIALS);
  });
});
