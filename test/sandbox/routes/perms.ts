/**
 * Folder permissions (egnyte-api.md §2.3): v2 get/set keyed by username and group displayName,
 * v1 effective permission of one user, and the deprecated v1 folder form.
 */
import { empty, type Handler, ok, type RequestContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import { PERMISSION_LEVELS, type PermissionLevel } from '../model.js';
import { parsePathString, pathFromSegments } from '../paths.js';
import { applyPermsChange, effectiveGrants, effectiveLevel, type Grants, inheritsAt } from '../perms-logic.js';
import type { Router } from '../router.js';
import type { Tenant } from '../store.js';
import { asObject, oneOf, optionalBoolean } from '../validate.js';

/** Perms exist on folders under /Shared only (cookbook definitions, §2.3). */
function permsFolder(tenant: Tenant, path: string, forWrite: boolean): string {
  const node = tenant.nodes.get(path);
  if (!node) {
    throw notFound(`Folder ${path} does not exist`);
  }
  if (node.kind !== 'folder') {
    throw badRequest('Permissions apply to folders only');
  }
  if (!path.startsWith('/Shared/') && !(path === '/Shared' && !forWrite)) {
    throw badRequest('Permissions can only be managed on folders under /Shared');
  }
  return path;
}

const level = (value: unknown, name: string): PermissionLevel => oneOf(value, PERMISSION_LEVELS, name);

/** Resolves `{username: level}` / `{groupName: level}` maps to ids; unknown subjects are 400. */
function resolveGrants(tenant: Tenant, userPerms: unknown, groupPerms: unknown): Grants {
  const grants: Grants = { users: new Map(), groups: new Map() };
  for (const [name, value] of Object.entries(userPerms === undefined ? {} : asObject(userPerms, 'Field userPerms'))) {
    const user = tenant.userByName(name);
    if (!user) {
      throw badRequest(`User ${name} does not exist`);
    }
    grants.users.set(user.id, level(value, `userPerms.${name}`));
  }
  for (const [name, value] of Object.entries(
    groupPerms === undefined ? {} : asObject(groupPerms, 'Field groupPerms'),
  )) {
    const group = tenant.groupByName(name);
    if (!group) {
      throw badRequest(`Group ${name} does not exist`);
    }
    grants.groups.set(group.id, level(value, `groupPerms.${name}`));
  }
  return grants;
}

/** Named views of the grants that apply at a folder: its own plus inherited ones. */
function namedGrants(
  tenant: Tenant,
  path: string,
): { userPerms: Record<string, string>; groupPerms: Record<string, string> } {
  const grants = effectiveGrants(tenant, path);
  const userPerms: Record<string, string> = {};
  const groupPerms: Record<string, string> = {};
  for (const [id, lvl] of grants.users) {
    const user = tenant.users.get(id);
    if (user) {
      userPerms[user.userName] = lvl;
    }
  }
  for (const [id, lvl] of grants.groups) {
    const group = tenant.groups.get(id);
    if (group) {
      groupPerms[group.displayName] = lvl;
    }
  }
  return { userPerms, groupPerms };
}

const getPermsV2: Handler = (ctx) => {
  const path = permsFolder(ctx.tenant, pathFromSegments(ctx.rest), false);
  return ok({ ...namedGrants(ctx.tenant, path), inheritsPermissions: inheritsAt(ctx.tenant, path) });
};

/** A delta; 200 with an empty body like the .NET mock (§2.3). */
const setPermsV2: Handler = (ctx) => {
  const path = permsFolder(ctx.tenant, pathFromSegments(ctx.rest), true);
  const input = asObject(ctx.body);
  const inheritsPermissions = optionalBoolean(input.inheritsPermissions, 'inheritsPermissions');
  const keepParentPermissions = optionalBoolean(input.keepParentPermissions, 'keepParentPermissions');
  if (input.userPerms === undefined && input.groupPerms === undefined && inheritsPermissions === undefined) {
    throw badRequest('At least one of userPerms, groupPerms or inheritsPermissions is required');
  }
  if (keepParentPermissions !== undefined && inheritsPermissions !== false) {
    throw badRequest('keepParentPermissions is valid only with inheritsPermissions set to false');
  }
  const grants = resolveGrants(ctx.tenant, input.userPerms, input.groupPerms);
  applyPermsChange(ctx.tenant, path, { ...grants, inheritsPermissions, keepParentPermissions });
  return empty(200);
};

/** Without a username the caller's own permission is returned (§2.3). */
const effectivePermission: Handler = (ctx: RequestContext) => {
  const folder = ctx.query.get('folder');
  if (!folder) {
    throw badRequest('Parameter folder is required');
  }
  const path = parsePathString(folder, 'folder');
  const node = ctx.tenant.nodes.get(path);
  if (!node) {
    throw notFound(`Folder ${path} does not exist`);
  }
  if (node.kind !== 'folder') {
    throw badRequest('Parameter folder must be a folder path');
  }
  const user = ctx.params.username === undefined ? ctx.actor : ctx.tenant.userByName(ctx.params.username);
  if (!user) {
    throw notFound(`User ${ctx.params.username} does not exist`);
  }
  return ok({ permission: effectiveLevel(ctx.tenant, user, path) });
};

/** Deprecated v1 form: `users`/`groups` query filters, pipe-separated. */
const getPermsV1: Handler = (ctx) => {
  const path = permsFolder(ctx.tenant, pathFromSegments(ctx.rest), false);
  const named = namedGrants(ctx.tenant, path);
  const wanted = (param: string): ((name: string) => boolean) => {
    const list = ctx.query
      .get(param)
      ?.split('|')
      .map((s) => s.toLowerCase());
    return (name) => !list || list.includes(name.toLowerCase());
  };
  const entries = (map: Record<string, string>, keep: (n: string) => boolean) =>
    Object.entries(map)
      .filter(([subject]) => keep(subject))
      .map(([subject, permission]) => ({ subject, permission }));
  return ok({ users: entries(named.userPerms, wanted('users')), groups: entries(named.groupPerms, wanted('groups')) });
};

const setPermsV1: Handler = (ctx) => {
  const path = permsFolder(ctx.tenant, pathFromSegments(ctx.rest), true);
  const input = asObject(ctx.body);
  const permission = level(input.permission, 'permission');
  const names = (value: unknown, field: string): string[] => {
    if (value === undefined) {
      return [];
    }
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      throw badRequest(`Field ${field} must be an array of names`);
    }
    return value as string[];
  };
  const users = names(input.users, 'users');
  const groups = names(input.groups, 'groups');
  if (users.length === 0 && groups.length === 0) {
    throw badRequest('At least one of users or groups is required');
  }
  const grants = resolveGrants(
    ctx.tenant,
    Object.fromEntries(users.map((u) => [u, permission])),
    Object.fromEntries(groups.map((g) => [g, permission])),
  );
  applyPermsChange(ctx.tenant, path, grants);
  return empty(200);
};

export function addPermsRoutes(router: Router): void {
  router
    .add('GET', '/pubapi/v2/perms/*', getPermsV2)
    .add('POST', '/pubapi/v2/perms/*', setPermsV2)
    .add('GET', '/pubapi/v1/perms/user', effectivePermission)
    .add('GET', '/pubapi/v1/perms/user/:username', effectivePermission)
    .add('GET', '/pubapi/v1/perms/folder/*', getPermsV1)
    .add('POST', '/pubapi/v1/perms/folder/*', setPermsV1);
}
