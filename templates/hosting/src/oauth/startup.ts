/**
 * `--oauth` at start-up: the settings it needs are checked (a store, MCP_PUBLIC_URL, the vendor's
 * OAuth app) and the front door is opened. The HTTP stack loads it only when the flag is on.
 */
import type { DefaultAccountPlan, Outcome } from 'saas-mcp-runtime/host';
import type { ControlPlane } from '../plane/control-plane.js';
import type { HostingSettings } from '../plane/settings.js';
import type { FrontDoor } from './front-door.js';
import { type OAuthSettings, parseOAuthMethods } from './settings.js';

/** With OAuth on, bare `/mcp` serves the signed-in user's grant, never the EGNYTE_* default account. */
export const OAUTH_DEFAULT: DefaultAccountPlan = {
  refusal: { status: 401, message: 'Unauthorized: sign in with OAuth (see /.well-known/oauth-protected-resource/mcp)' },
  line: '/mcp: OAuth 2.1 sign-in (each grant is an MCP server record; the EGNYTE_* default account is not served here)',
};

/**
 * `settings` are the loader's (plane/settings.ts: MCP_PUBLIC_URL already checked for form and
 * trimmed); `tuning` lets tests lower the rate limits or inject DNS.
 */
export async function openOAuth(
  flags: { oauthMethods?: string },
  control: ControlPlane | undefined,
  settings: Pick<HostingSettings, 'publicUrl' | 'baseUrlOverride'>,
  tuning: Pick<OAuthSettings, 'limits' | 'resolve'> = {},
): Promise<Outcome<FrontDoor>> {
  const problems: string[] = [];
  const methods = parseOAuthMethods(flags.oauthMethods);
  if (!methods.ok) {
    problems.push(methods.message);
  }
  if (!control) {
    problems.push('--oauth needs a store (--store or MCP_STORE_URL): grants, clients and tokens live there');
  }
  const { publicUrl } = settings;
  if (publicUrl === undefined) {
    problems.push(
      '--oauth needs MCP_PUBLIC_URL, the https URL clients reach this server at (the issuer and the resource are built from it)',
    );
  }
  if (control && !control.ctx.oauth.ok) {
    problems.push(`--oauth signs users in with the vendor: ${control.ctx.oauth.message}`);
  }
  if (problems.length > 0 || !control || !methods.ok || publicUrl === undefined) {
    return { ok: false, message: problems.join('; ') };
  }
  const { protocol, hostname } = new URL(publicUrl);
  const loopback = protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
  if (protocol !== 'https:' && !loopback) {
    return { ok: false, message: 'MCP_PUBLIC_URL must be https (http only on loopback, for development)' };
  }
  const { openFrontDoor } = await import('./front-door.js');
  const door = await openFrontDoor(
    control,
    {
      publicUrl,
      resource: `${publicUrl}/mcp`,
      methods: methods.value,
      now: control.ctx.now,
      allowLoopbackMetadata: loopback,
      ...tuning,
    },
    settings.baseUrlOverride,
  );
  return { ok: true, value: door };
}
