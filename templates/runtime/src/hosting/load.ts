/**
 * Loads `saas-mcp-hosting` on demand. A stdio (or plain HTTP) install does not have it; then the
 * flag that needs it fails with one line saying what to install.
 */

import type { Outcome } from '../data/outcome.js';
import { HOSTING_NAME } from '../data/versions.js';
import type { HostingModule } from './contract.js';

const EXPORTS: readonly (keyof HostingModule)[] = [
  'loadSettings',
  'openControlPlane',
  'openOAuth',
  'OAUTH_DEFAULT',
  'runControlCommand',
];

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    String((error as Error).message).includes(HOSTING_NAME)
  );
}

/** `what` names the flag or verb that needs hosting, for the one-line message. */
export async function loadHosting(what: string): Promise<Outcome<HostingModule>> {
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(HOSTING_NAME)) as Record<string, unknown>;
  } catch (error) {
    if (isModuleNotFound(error)) {
      return { ok: false, message: `${what} needs the hosting package: npm install ${HOSTING_NAME}` };
    }
    throw error;
  }
  const missing = EXPORTS.filter((name) => loaded[name] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `${HOSTING_NAME} does not export ${missing.join(', ')}: install a version this runtime supports`,
    };
  }
  return { ok: true, value: loaded as unknown as HostingModule };
}
