/**
 * Seeded folder permissions. Chosen so effective levels are interesting: Finance/Payroll stops
 * inheriting, Marketing grants a built-in group, Agency Exchange is where External Agency works.
 */
import { SEED_FACTS } from '../facts.js';
import type { PermissionLevel } from '../model.js';
import { applyPermsChange } from '../perms-logic.js';
import type { Tenant } from '../store.js';

interface SeedGrant {
  path: string;
  groups?: Record<string, PermissionLevel>;
  users?: Record<string, PermissionLevel>;
  inheritsPermissions?: boolean;
}

const SEED_GRANTS: SeedGrant[] = [
  {
    path: '/Shared/Finance',
    groups: { 'Finance Operations': 'Editor', 'Finance Leadership': 'Owner', Accounting: 'Viewer' },
  },
  { path: '/Shared/Finance/Payroll', inheritsPermissions: false, groups: { 'Finance Leadership': 'Full' } },
  { path: '/Shared/Finance/Reports', groups: { Executives: 'Viewer' } },
  { path: '/Shared/Legal', groups: { Legal: 'Full', Executives: 'Viewer' } },
  { path: '/Shared/Marketing', groups: { Marketing: 'Editor', 'All Standard Users and Power Users': 'Viewer' } },
  { path: '/Shared/Engineering', groups: { Engineering: 'Full', Contractors: 'Viewer' } },
  { path: '/Shared/HR', groups: { 'Human Resources': 'Owner' } },
  { path: '/Shared/HR/Policies', groups: { 'All Standard Users and Power Users': 'Viewer' } },
  {
    path: '/Shared/Projects/Apollo',
    groups: { 'Project Apollo': 'Editor' },
    users: { [SEED_FACTS.jsmith.userName]: 'Viewer' },
  },
  { path: '/Shared/Agency Exchange', groups: { [SEED_FACTS.externalAgency.displayName]: 'Editor', Marketing: 'Full' } },
  { path: '/Shared/Sales', groups: { Sales: 'Full', 'Customer Success': 'Viewer' } },
];

export function seedPerms(tenant: Tenant): void {
  for (const grant of SEED_GRANTS) {
    const users = new Map<number, PermissionLevel>();
    const groups = new Map<string, PermissionLevel>();
    for (const [name, level] of Object.entries(grant.users ?? {})) {
      const user = tenant.userByName(name);
      if (user) {
        users.set(user.id, level);
      }
    }
    for (const [name, level] of Object.entries(grant.groups ?? {})) {
      const group = tenant.groupByName(name);
      if (group) {
        groups.set(group.id, level);
      }
    }
    applyPermsChange(tenant, grant.path, { users, groups, inheritsPermissions: grant.inheritsPermissions });
  }
  // A few direct user grants on random subfolders, so userPerms is not always empty.
  const { prng } = tenant;
  const people = [...tenant.users.values()].filter((u) => u.active && u.userType !== 'admin');
  for (const path of [
    '/Shared/Engineering/Specs',
    '/Shared/Sales/Proposals',
    '/Shared/Legal/Contracts',
    '/Shared/Projects/Borealis',
  ]) {
    const users = new Map<number, PermissionLevel>();
    for (const user of prng.sample(people, prng.int(1, 3))) {
      users.set(user.id, prng.pick(['Viewer', 'Editor', 'Full'] as const));
    }
    applyPermsChange(tenant, path, { users, groups: new Map() });
  }
}
