/** Audit reporting is for admins (or power users with a reports role, not modelled here) (§2.7). */
import type { RequestContext } from '../context.js';
import { forbidden } from '../errors.js';

export function requireAuditor(ctx: RequestContext): void {
  if (ctx.actor.userType !== 'admin') {
    throw forbidden('Audit reports require an administrator');
  }
}
