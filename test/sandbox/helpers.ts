/**
 * Test helpers: a thin fetch wrapper that talks to a running sandbox over plain HTTP, plus
 * lookups by name (tests never hard-code ids; they change with the seed).
 */
import { request as httpRequest } from 'node:http';
import { afterEach, beforeEach, expect } from 'vitest';
import { type Sandbox, type SandboxOptions, startSandbox } from './server.js';

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is empty or not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: test convenience: answers are asserted field by field
  json: any;
}

export interface CallOptions {
  body?: unknown;
  /** Raw body text, sent as is (for invalid JSON). */
  rawBody?: string;
  /** Override the token; null sends no Authorization header. */
  token?: string | null;
  headers?: Record<string, string>;
}

export type Caller = (method: string, path: string, options?: CallOptions) => Promise<Answer>;

export function caller(sandbox: Sandbox): Caller {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    const token = options.token === undefined ? sandbox.token : options.token;
    if (token !== null) {
      headers.Authorization = `Bearer ${token}`;
    }
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(`${sandbox.baseUrl}${path}`, { method, headers, body, redirect: 'manual' });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };
}

/** A request whose path is sent byte for byte (fetch would normalise `..` before sending). */
export function rawGet(sandbox: Sandbox, rawPath: string): Promise<{ status: number; body: string }> {
  const url = new URL(sandbox.baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: rawPath, headers: { Authorization: `Bearer ${sandbox.token}` } },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Per-segment encoding, as Egnyte wants paths in URLs. */
export const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

export const filterParam = (expression: string): string => `filter=${encodeURIComponent(expression)}`;

export async function findUser(call: Caller, userName: string) {
  const answer = await call('GET', `/pubapi/v2/users?${filterParam(`userName eq "${userName}"`)}`);
  const user = answer.json?.resources?.[0];
  if (!user) {
    throw new Error(`no user ${userName}`);
  }
  return user as {
    id: number;
    userName: string;
    userType: string;
    active: boolean;
    groups: Array<{ displayName: string; value: string }>;
  };
}

export async function findGroupId(call: Caller, displayName: string): Promise<string> {
  const answer = await call('GET', `/pubapi/v2/groups?${filterParam(`displayName eq "${displayName}"`)}`);
  const id = answer.json?.resources?.[0]?.id;
  if (typeof id !== 'string') {
    throw new Error(`no group ${displayName}`);
  }
  return id;
}

/**
 * A fresh sandbox for each test of a file (so that no test sees what another changed, in any order):
 * started before the test, checked for internal errors and closed after it. `ready` hands the
 * running sandbox and a caller to the file's variables.
 */
export function useSandbox(options: SandboxOptions, ready: (sandbox: Sandbox, call: Caller) => void): void {
  let sandbox: Sandbox | undefined;
  beforeEach(async () => {
    sandbox = await startSandbox(options);
    ready(sandbox, caller(sandbox));
  });
  afterEach(async () => {
    if (!sandbox) {
      return;
    }
    expect(sandbox.internalErrors).toEqual([]);
    await sandbox.close();
  });
}
