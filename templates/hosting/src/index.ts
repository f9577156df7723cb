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

/** `--oauth`: the front door (oauth/startup.ts) as the runtime's HTTP server takes it. */
async function openOAuth(
  flags: { oauthMethods?: string },
  control: ControlPlane | undefined,
  settings: HostingSettings,
): Promise<Outcome<FrontDoorHandle>> {
  const door = await openFrontDoor(flags, control, settings);
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
