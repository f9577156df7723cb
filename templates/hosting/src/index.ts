/**
 * The public entry of `saas-mcp-hosting`: what `saas-mcp-runtime` loads (dynamically) when a
 * generated server runs with `--store`, `--oauth` or an `accounts`/`servers` verb. Its shape is the
 * runtime's `HostingModule`; everything else in this package is internal.
 */
import type { HostingModule } from 'saas-mcp-runtime/host';
import { runControlCommand } from './cli/verbs.js';
import { controlProblems } from './control/startup.js';
import { OAUTH_DEFAULT, openOAuth } from './oauth/startup.js';
import { openControlPlane } from './plane/control-plane.js';

export { controlProblems, OAUTH_DEFAULT, openControlPlane, openOAuth, runControlCommand };

// A compile-time check that this entry is what the runtime expects.
({ controlProblems, OAUTH_DEFAULT, openControlPlane, openOAuth, runControlCommand }) satisfies HostingModule;
