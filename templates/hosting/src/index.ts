/**
 * The public entry of `saas-mcp-hosting`: what `saas-mcp-runtime` loads (dynamically) when a
 * generated server runs with `--store`, `--oauth` or an `accounts`/`servers` verb. Its shape is the
 * runtime's `HostingModule`; everything else in this package is internal.
 */
import type { FrontDoorHandle, HostingModule, Outcome } from 'saas-mcp-runtime/host';
import { runControlCommand } from './cli/verbs.js';
import { OAUTH_DEFAULT, openOAuth as openFrontDoor } from './oauth/startup.js';
import { type ControlPlane, openControlPlane } from './plane/control-plane.js';
import { frontDoorHandle } from './plane/front-door-routes.js';
import { type HostingSettings, loadHostingSettings as loadSettings } from './plane/settings.js';

/**
 * `--oauth` from typed settings. The front door (oauth/startup.ts) still takes its two values in
 * the shape of the environment; this is the one place that hands them over.
 */
async function openOAuth(
  flags: { oauthMethods?: string },
  control: ControlPlane | undefined,
  settings: HostingSettings,
): Promise<Outcome<FrontDoorHandle>> {
  const baseUrlEnv = control?.ctx.data.integration.baseUrlEnv;
  const door = await openFrontDoor(flags, control, {
    MCP_PUBLIC_URL: settings.publicUrl,
    ...(baseUrlEnv ? { [baseUrlEnv]: settings.baseUrlOverride } : {}),
  });
  return door.ok ? { ok: true, value: frontDoorHandle(door.value) } : door;
}

export { loadSettings, OAUTH_DEFAULT, openControlPlane, openOAuth, runControlCommand };

// A compile-time check that this entry is what the runtime expects.
({
  loadSettings,
  OAUTH_DEFAULT,
  openControlPlane,
  openOAuth,
  runControlCommand,
}) satisfies HostingModule<HostingSettings>;
