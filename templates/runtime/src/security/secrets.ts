/**
 * The one place for secret handling primitives: random tokens and ids, SHA-256 hashes of what is
 * stored instead of a secret, and constant-time comparison (both sides hashed first, so unequal
 * lengths take the same time too).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret with a readable prefix (so a leaked one is recognisable), 256 bits. */
export function randomToken(prefix = '', bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

/**
 * A short random identifier (96 bits by default): unique, not secret. It begins with a letter or a
 * digit (drawn again otherwise), so that a command line reads it as a value, never as a flag.
 */
export function randomId(bytes = 12): string {
  for (;;) {
    const id = randomBytes(bytes).toString('base64url');
    if (/^[A-Za-z0-9]/.test(id)) {
      return id;
    }
  }
}

/** What a store keeps of a random token: its SHA-256, hex. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** Equality of two secrets in time independent of where (or whether) they differ. */
export function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(digest(a), digest(b));
}

/** Whether `presented` equals one of `secrets`; every candidate is compared, whatever matches first. */
export function matchesAnySecret(presented: string, secrets: readonly string[]): boolean {
  const left = digest(presented);
  let found = false;
  for (const secret of secrets) {
    found = timingSafeEqual(left, digest(secret)) || found;
  }
  return found;
}
