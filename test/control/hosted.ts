/**
 * The runtime's HTTP server with a control plane (in this process, so the clock can be injected),
 * serving the generated Egnyte tools against the sandbox; plus a small admin-API caller.
 */

import { openControlPlane } from 'saas-mcp-hosting';
import type { ServerData } from 'saas-mcp-runtime';
import { createToolRuntime, type HttpOptions, type RunningHttpServer, startHttpServer } from 'saas-mcp-runtime';
import tools from '../../generated/egnyte-mcp-server/tools.json' with { type: 'json' };
import type { ControlOptions, ControlPlane } from '../../templates/hosting/src/plane/control-plane.js';
import { type HostingSettings, loadHostingSettings } from '../../templates/hosting/src/plane/settings.js';

export const EGNYTE = tools as unknown as ServerData;

/** The hosting settings an environment gives, as the settings loader builds them. */
export function hostingSettings(env: Record<string, string>, data: ServerData = EGNYTE): HostingSettings {
  const adminTokens = (env.MCP_ADMIN_TOKENS ?? '').split(',').filter(Boolean);
  return loadHostingSettings({ env, integration: data.integration, secrets: [SECRET], adminTokens }).settings;
}
export const SECRET = 'control-plane-test-secret-0123456789';
export const ADMIN = 'admin-token-for-tests';

/** A settable clock shared by the runtime and the control plane. */
export class TestClock {
  constructor(public time = Date.now()) {}
  now = () => new Date(this.time);
  advance(ms: number): void {
    this.time += ms;
  }
}

export interface AdminAnswer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test convenience: answers are asserted field by field
  body: any;
}

export interface Hosted {
  http: RunningHttpServer;
  plane: ControlPlane;
  clock: TestClock;
  admin(method: string, path: string, body?: unknown, token?: string | null): Promise<AdminAnswer>;
  close(): Promise<void>;
}

export async function startHosted(
  storeUrl: string,
  env: Record<string, string> = {},
  clock = new TestClock(),
  more: Partial<ControlOptions> = {},
  http: Partial<HttpOptions> = {},
): Promise<Hosted> {
  const settings: Record<string, string> = { MCP_ADMIN_TOKENS: ADMIN, ...env };
  const opened = await openControlPlane({
    storeUrl,
    data: EGNYTE,
    settings: hostingSettings(settings),
    secrets: [SECRET],
    now: clock.now,
    ...more,
  });
  if (!opened.ok) {
    throw new Error(opened.message);
  }
  const plane = opened.value;
  const runtime = createToolRuntime(EGNYTE, { audit: plane.audit(() => undefined), now: clock.now });
  const server = await startHttpServer(runtime, {
    host: '127.0.0.1',
    port: 0,
    scope: { label: 'default', filter: {}, credentials: { ok: false, message: 'no default account' } },
    sealKeys: [],
    requireApiToken: false,
    apiTokens: (settings.MCP_API_TOKENS ?? '').split(',').filter(Boolean),
    control: plane,
    defaultRefusal: { status: 404, message: 'Not found: no default account' },
    ...http,
  });
  plane.setListeningUrl(server.url);
  return {
    http: server,
    plane,
    clock,
    async admin(method, path, body, token = ADMIN) {
      const headers: Record<string, string> = {};
      if (token !== null) {
        headers.authorization = `Bearer ${token}`;
      }
      if (body !== undefined) {
        headers['content-type'] = 'application/json';
      }
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
    },
    async close() {
      await server.close();
      await plane.close();
    },
  };
}
