/**
 * Builds the whole demo tenant for a seed. The order matters only in that later parts refer to
 * earlier ones (groups need users, perms need groups and folders, ...).
 */
import { TENANT_DOMAIN } from '../facts.js';
import { createPrng } from '../prng.js';
import { Tenant } from '../store.js';
import { seedAdminAreas } from './admin.js';
import { seedAudit } from './audit.js';
import { seedEvents } from './events.js';
import { seedFiles } from './files.js';
import { seedGroups } from './groups.js';
import { seedLinks } from './links.js';
import { seedPerms } from './perms.js';
import { seedUsers } from './users.js';

/** Same seed and `now`, same tenant: every id, name and date. */
export function buildTenant(seed: number, now: number): Tenant {
  const tenant = new Tenant({ domain: TENANT_DOMAIN }, createPrng(seed));
  seedUsers(tenant, now);
  seedGroups(tenant);
  seedFiles(tenant, now);
  seedPerms(tenant);
  seedEvents(tenant, now);
  seedAudit(tenant, now);
  seedLinks(tenant, now);
  seedAdminAreas(tenant, now);
  return tenant;
}
