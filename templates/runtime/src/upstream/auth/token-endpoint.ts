/**
 * The one client of OAuth token endpoints (RFC 6749 §3.2): a form-encoded POST through the upstream
 * client, so the answer is read with a byte cap and a timeout and a redirect is never followed.
 * Used for the client-credentials grant (oauth-client.ts) and, by saas-mcp-hosting, for the
 * authorization-code and refresh grants of connected accounts.
 */

import { isPlainObject } from '../../data/json-path.js';
import type { Outcome } from '../../data/outcome.js';
import { type FetchFunction, sendRequest } from '../client.js';
import { encodeForm } from '../request-encoding.js';

/** Token answers are a few hundred bytes; anything past this is not one. */
export const MAX_TOKEN_ANSWER_BYTES = 64 * 1024;

export interface TokenAnswer {
  status: number;
  /** The parsed JSON answer; undefined when it is not JSON. */
  body: unknown;
}

export async function postTokenRequest(
  url: string,
  form: ReadonlyArray<[string, string]>,
  options: { timeoutMs: number; headers?: Record<string, string>; maxResponseBytes?: number },
  fetchFunction?: FetchFunction,
): Promise<Outcome<TokenAnswer>> {
  const headers = {
    accept: 'application/json',
    'content-type': 'application/x-www-form-urlencoded',
    ...options.headers,
  };
  const limits = { timeoutMs: options.timeoutMs, maxResponseBytes: options.maxResponseBytes ?? MAX_TOKEN_ANSWER_BYTES };
  const sent = await sendRequest({ method: 'POST', url, headers, body: encodeForm(form) }, limits, fetchFunction);
  if (!sent.ok) {
    return { ok: false, message: sent.message };
  }
  return { ok: true, value: { status: sent.response.status, body: sent.response.body } };
}

/** The standard `error` code of an OAuth error answer, bounded; undefined when there is none. */
export function tokenErrorCode(body: unknown): string | undefined {
  const code = isPlainObject(body) ? body.error : undefined;
  return typeof code === 'string' && /^[A-Za-z0-9_.-]{1,80}$/.test(code) ? code : undefined;
}
