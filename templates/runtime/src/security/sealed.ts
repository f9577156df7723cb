/**
 * Sealed server URLs (`/mcp/<token>`): AES-256-GCM tokens that carry one account's upstream
 * credentials, filters and expiry. Keys come from MCP_SERVER_SECRET by HKDF; each token names its
 * key by a short key id, so several secrets can be listed while one rotates out (the first seals).
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { isPlainObject, isStringList } from '../data/json-path.js';
import type { UpstreamCredentials } from '../upstream/credentials.js';

export interface SealedGrant {
  /** Random token id: names the grant in the audit log without revealing anything. */
  id: string;
  name?: string;
  methods?: string[];
  tags?: string[];
  /** ISO-8601; after it the token opens to nothing. */
  expiresAt?: string;
  requireApiToken: boolean;
  /** Set only when not the default (all tools, output schemas on). */
  toolExposure?: 'discovery';
  outputSchema?: false;
  credentials: UpstreamCredentials;
}

export interface SealKey {
  id: Buffer;
  key: Buffer;
}

const VERSION = 1;
const KEY_ID_BYTES = 6;
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const MIN_SECRET_LENGTH = 16;

/** Splits MCP_SERVER_SECRET into its secrets; problems (too short) are reported, not ignored. */
export function parseSecrets(text: string | undefined): { secrets: string[]; problems: string[] } {
  const secrets = (text ?? '')
    .split(',')
    .map((secret) => secret.trim())
    .filter((secret) => secret !== '');
  const problems = secrets.some((secret) => secret.length < MIN_SECRET_LENGTH)
    ? [`every secret in MCP_SERVER_SECRET must be at least ${MIN_SECRET_LENGTH} characters long`]
    : [];
  return { secrets, problems };
}

/**
 * Keys for these secrets, one per secret, for one purpose (HKDF salt) and context (HKDF info).
 * Stored account credentials use the same keys and rotation with their own purpose.
 */
export function deriveKeys(secrets: readonly string[], purpose: string, context: string): SealKey[] {
  return secrets.map((secret) => {
    const key = Buffer.from(hkdfSync('sha256', secret, purpose, context, 32));
    return { id: createHash('sha256').update(key).digest().subarray(0, KEY_ID_BYTES), key };
  });
}

/** Keys for these secrets; the info string binds tokens to one integration's servers. */
export function deriveSealKeys(secrets: readonly string[], integrationName: string): SealKey[] {
  return deriveKeys(secrets, 'mcp-sealed-server-url', `v${VERSION}:${integrationName}`);
}

export function newTokenId(): string {
  return randomBytes(6).toString('base64url');
}

/** AES-256-GCM over the text; the version byte and key id are authenticated too. base64url out. */
export function sealText(text: string, sealingKey: SealKey): string {
  const header = Buffer.concat([Buffer.from([VERSION]), sealingKey.id]);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealingKey.key, iv);
  cipher.setAAD(header);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([header, iv, sealed, cipher.getAuthTag()]).toString('base64url');
}

/** The text sealed in a token, or undefined when it is malformed, tampered with or sealed by an unknown key. */
export function openText(token: string, keys: readonly SealKey[]): string | undefined {
  const bytes = Buffer.from(token, 'base64url');
  const headerLength = 1 + KEY_ID_BYTES;
  if (bytes.length < headerLength + IV_BYTES + TAG_BYTES + 2 || bytes[0] !== VERSION) {
    return undefined;
  }
  const keyId = bytes.subarray(1, headerLength);
  const sealKey = keys.find((candidate) => candidate.id.equals(keyId));
  if (!sealKey) {
    return undefined;
  }
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      sealKey.key,
      bytes.subarray(headerLength, headerLength + IV_BYTES),
    );
    decipher.setAAD(bytes.subarray(0, headerLength));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(headerLength + IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}

export function sealGrant(grant: SealedGrant, sealingKey: SealKey): string {
  return sealText(JSON.stringify(grant), sealingKey);
}

function asGrant(value: unknown): SealedGrant | undefined {
  if (!isPlainObject(value) || typeof value.id !== 'string' || typeof value.requireApiToken !== 'boolean') {
    return undefined;
  }
  const credentials = value.credentials;
  if (
    !isPlainObject(credentials) ||
    typeof credentials.baseUrl !== 'string' ||
    typeof credentials.accessToken !== 'string'
  ) {
    return undefined;
  }
  if (value.methods !== undefined && !isStringList(value.methods)) {
    return undefined;
  }
  if (value.tags !== undefined && !isStringList(value.tags)) {
    return undefined;
  }
  if (
    value.expiresAt !== undefined &&
    (typeof value.expiresAt !== 'string' || Number.isNaN(Date.parse(value.expiresAt)))
  ) {
    return undefined;
  }
  if (value.name !== undefined && typeof value.name !== 'string') {
    return undefined;
  }
  if (value.toolExposure !== undefined && value.toolExposure !== 'discovery') {
    return undefined;
  }
  if (value.outputSchema !== undefined && value.outputSchema !== false) {
    return undefined;
  }
  return value as unknown as SealedGrant;
}

/**
 * Opens a token, or returns undefined when it is malformed, tampered with, sealed by an unknown key
 * or expired. Callers must answer all of these the same way.
 */
export function openGrant(token: string, keys: readonly SealKey[], now: Date): SealedGrant | undefined {
  if (!/^[A-Za-z0-9_-]{40,4096}$/.test(token)) {
    return undefined;
  }
  // One spelling per token: the unused low bits of the last character must be zero, as minted.
  if (Buffer.from(token, 'base64url').toString('base64url') !== token) {
    return undefined;
  }
  const plain = openText(token, keys);
  if (plain === undefined) {
    return undefined;
  }
  let grant: SealedGrant | undefined;
  try {
    grant = asGrant(JSON.parse(plain));
  } catch {
    return undefined;
  }
  if (grant?.expiresAt !== undefined && now.getTime() >= Date.parse(grant.expiresAt)) {
    return undefined;
  }
  return grant;
}
