/**
 * Custom groups (with "External Agency" and "Finance Operations" as SEED_FACTS describe them) and
 * Egnyte's three built-in groups, whose membership follows user types.
 */
import { SEED_FACTS } from '../facts.js';
import type { Group, User } from '../model.js';
import { syncBuiltInGroups, type Tenant } from '../store.js';

/** Other custom groups and how many random members each gets. */
const OTHER_GROUPS: Array<[name: string, size: number]> = [
  ['Finance Leadership', 5],
  ['Accounting', 9],
  ['Sales', 24],
  ['Engineering', 30],
  ['Legal', 6],
  ['Human Resources', 7],
  ['Executives', 6],
  ['Project Apollo', 12],
  ['Contractors', 8],
  ['Customer Success', 14],
];

function addGroup(tenant: Tenant, displayName: string, members: number[], builtIn = false): Group {
  const group: Group = { id: tenant.prng.uuid(), displayName, members: new Set(members), builtIn };
  tenant.groups.set(group.id, group);
  return group;
}

function userId(tenant: Tenant, userName: string): number {
  const user = tenant.userByName(userName);
  if (!user) {
    throw new Error(`seed: missing fixed user ${userName}`);
  }
  return user.id;
}

export function seedGroups(tenant: Tenant): void {
  const { prng } = tenant;
  const fixedNames = new Set<string>([
    SEED_FACTS.tokenUserName,
    SEED_FACTS.jsmith.userName,
    ...SEED_FACTS.externalAgency.memberUserNames,
  ]);
  // Random members come only from generated users, so the fixed facts stay exactly true.
  const pool: User[] = [...tenant.users.values()].filter((u) => !fixedNames.has(u.userName));
  const randomIds = (n: number): number[] => prng.sample(pool, n).map((u) => u.id);
  const jsmith = userId(tenant, SEED_FACTS.jsmith.userName);

  addGroup(tenant, SEED_FACTS.financeOperations.displayName, [jsmith, ...randomIds(11)]);
  addGroup(tenant, 'Marketing', [jsmith, ...randomIds(15)]);
  addGroup(
    tenant,
    SEED_FACTS.externalAgency.displayName,
    SEED_FACTS.externalAgency.memberUserNames.map((n) => userId(tenant, n)),
  );
  for (const [name, size] of OTHER_GROUPS) {
    addGroup(tenant, name, randomIds(size));
  }
  const admins = pool.filter((u) => u.userType === 'admin').map((u) => u.id);
  addGroup(tenant, 'IT Admins', [userId(tenant, SEED_FACTS.tokenUserName), ...admins]);

  for (const name of SEED_FACTS.builtInGroups) {
    addGroup(tenant, name, [], true);
  }
  syncBuiltInGroups(tenant);
}
