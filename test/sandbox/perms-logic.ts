/**
 * Folder permissions: explicit grants per folder, inheritance down the tree, and the effective
 * level of one user (direct grant, group grants, inherited grants; the highest wins).
 * egnyte-api.md §2.3: "None" removes a grant; perms apply to folders under /Shared only.
 */
import { type FolderPerms, PERMISSION_LEVELS, type PermissionLevel, type User } from './model.js';
import { parentOf } from './paths.js';
import type { Tenant } from './store.js';

export interface Grants {
  users: Map<number, PermissionLevel>;
  groups: Map<string, PermissionLevel>;
}

export interface PermsChange extends Grants {
  inheritsPermissions?: boolean;
  keepParentPermissions?: boolean;
}

const rank = (level: PermissionLevel | undefined): number => (level ? PERMISSION_LEVELS.indexOf(level) : 0);

export const higher = (a: PermissionLevel | undefined, b: PermissionLevel | undefined): PermissionLevel =>
  rank(a) >= rank(b) ? (a ?? 'None') : (b ?? 'None');

function mergeInto<K>(target: Map<K, PermissionLevel>, source: Map<K, PermissionLevel>): void {
  for (const [key, level] of source) {
    target.set(key, higher(target.get(key), level));
  }
}

/** Grants that apply at `path`: its own plus its ancestors' up to the first folder that stops inheriting. */
export function effectiveGrants(tenant: Tenant, path: string): Grants {
  const grants: Grants = { users: new Map(), groups: new Map() };
  for (let current = path; current !== '/Shared' && current !== '/'; current = parentOf(current)) {
    const entry = tenant.perms.get(current);
    if (!entry) {
      continue;
    }
    mergeInto(grants.users, entry.users);
    mergeInto(grants.groups, entry.groups);
    if (!entry.inheritsPermissions) {
      break;
    }
  }
  return grants;
}

export function inheritsAt(tenant: Tenant, path: string): boolean {
  return tenant.perms.get(path)?.inheritsPermissions ?? true;
}

/**
 * The level a user ends up with on a folder. Admins see every folder as Owner and a /Private home
 * belongs to its user: Egnyte documents neither case for this endpoint [inf], this is the UI's behaviour.
 */
export function effectiveLevel(tenant: Tenant, user: User, path: string): PermissionLevel {
  if (path.startsWith('/Private')) {
    const owner = path.split('/')[2];
    return user.userType === 'admin' || owner?.toLowerCase() === user.userName.toLowerCase() ? 'Owner' : 'None';
  }
  if (user.userType === 'admin') {
    return 'Owner';
  }
  const grants = effectiveGrants(tenant, path);
  let level = grants.users.get(user.id) ?? 'None';
  for (const group of tenant.effectiveGroupsOf(user)) {
    level = higher(level, grants.groups.get(group.id));
  }
  return level;
}

/** Applies a POST /v2/perms delta: listed subjects change, "None" removes, everything else stays. */
export function applyPermsChange(tenant: Tenant, path: string, change: PermsChange): void {
  const entry: FolderPerms = tenant.perms.get(path) ?? {
    users: new Map(),
    groups: new Map(),
    inheritsPermissions: true,
  };
  if (change.inheritsPermissions === false && entry.inheritsPermissions && change.keepParentPermissions) {
    // Breaking inheritance while keeping the parent's grants copies them onto this folder.
    const inherited = effectiveGrants(tenant, parentOf(path));
    mergeInto(entry.users, inherited.users);
    mergeInto(entry.groups, inherited.groups);
  }
  if (change.inheritsPermissions !== undefined) {
    entry.inheritsPermissions = change.inheritsPermissions;
  }
  for (const [id, level] of change.users) {
    level === 'None' ? entry.users.delete(id) : entry.users.set(id, level);
  }
  for (const [id, level] of change.groups) {
    level === 'None' ? entry.groups.delete(id) : entry.groups.set(id, level);
  }
  const isEmpty = entry.users.size === 0 && entry.groups.size === 0 && entry.inheritsPermissions;
  if (isEmpty) {
    tenant.perms.delete(path);
  } else {
    tenant.perms.set(path, entry);
  }
}

/** Drops a user's grants everywhere (user deleted). */
export function forgetUserGrants(tenant: Tenant, userId: number): void {
  for (const entry of tenant.perms.values()) {
    entry.users.delete(userId);
  }
}

/** Drops a group's grants everywhere (group deleted). */
export function forgetGroupGrants(tenant: Tenant, groupId: string): void {
  for (const entry of tenant.perms.values()) {
    entry.groups.delete(groupId);
  }
}
