/** Users, v2 SCIM-like API (egnyte-api.md §2.1). Admin only; errors use the SCIM envelope. */
import { empty, type Handler, ok, type RequestContext } from '../context.js';
import { badRequest, forbidden, notFound } from '../errors.js';
import type { User } from '../model.js';
import { forgetUserGrants } from '../perms-logic.js';
import type { Router } from '../router.js';
import { syncBuiltInGroups, type Tenant } from '../store.js';
import { matchesFilter, pageOf, parseFilters, requireAdmin, scimPage } from './scim.js';
import { applyUserPatch, userFromCreateBody } from './user-input.js';

export function userView(tenant: Tenant, user: User): Record<string, unknown> {
  return {
    id: user.id,
    userName: user.userName,
    externalId: user.externalId,
    email: user.email,
    name: { formatted: `${user.givenName} ${user.familyName}`, familyName: user.familyName, givenName: user.givenName },
    active: user.active,
    locked: user.locked,
    emailChangePending: false,
    authType: user.authType,
    userType: user.userType,
    role: user.role,
    idpUserId: user.idpUserId,
    userPrincipalName: user.userPrincipalName,
    expiryDate: null,
    deleteOnExpiry: null,
    createdDate: user.createdDate,
    lastModificationDate: user.lastModificationDate,
    lastActiveDate: user.lastActiveDate,
    language: user.language,
    groups: tenant.customGroupsOf(user.id).map((g) => ({ displayName: g.displayName, value: g.id })),
  };
}

const today = (ctx: RequestContext): string => new Date(ctx.config.clock.now()).toISOString().slice(0, 10);

function findUser(ctx: RequestContext): User {
  requireAdmin(ctx);
  const raw = ctx.params.id ?? '';
  if (!/^\d+$/.test(raw)) {
    throw badRequest(`Invalid user id: ${raw}`);
  }
  const user = ctx.tenant.users.get(Number(raw));
  if (!user) {
    throw notFound(`User ${raw} not found.`);
  }
  return user;
}

/** A single user carries a Location header with its canonical URL (§2.1). */
function withLocation(ctx: RequestContext, user: User, status = 200) {
  return {
    ...ok(userView(ctx.tenant, user), status),
    headers: { Location: `${ctx.origin}/pubapi/v2/users/${user.id}` },
  };
}

const listUsers: Handler = (ctx) => {
  requireAdmin(ctx);
  const filters = parseFilters(ctx.query, { username: ['eq'], email: ['eq'], externalid: ['eq'] });
  const page = scimPage(ctx.query);
  const fieldOf = (user: User, attribute: string): string | null =>
    attribute === 'username' ? user.userName : attribute === 'email' ? user.email : user.externalId;
  const users = [...ctx.tenant.users.values()]
    .filter((u) => filters.every((f) => matchesFilter(fieldOf(u, f.attribute), f)))
    .sort((a, b) => a.id - b.id);
  const result = pageOf(users, page);
  return ok({ ...result, resources: result.resources.map((u) => userView(ctx.tenant, u)) });
};

const createUser: Handler = (ctx) => {
  requireAdmin(ctx);
  const { tenant } = ctx;
  const user = userFromCreateBody(tenant, ctx.body, tenant.nextUserId, today(ctx));
  tenant.nextUserId += tenant.prng.int(1, 40);
  tenant.users.set(user.id, user);
  syncBuiltInGroups(tenant);
  return withLocation(ctx, user, 201);
};

const patchUser: Handler = (ctx) => {
  const user = findUser(ctx);
  applyUserPatch(user, ctx.body, today(ctx));
  syncBuiltInGroups(ctx.tenant);
  return withLocation(ctx, user);
};

/** 200 with an empty body (NET mocks; the PY SDK accepts only 200, §2.1). */
const deleteUser: Handler = (ctx) => {
  const user = findUser(ctx);
  if (user.id === ctx.actor.id) {
    throw forbidden('You cannot delete your own account');
  }
  ctx.tenant.users.delete(user.id);
  for (const group of ctx.tenant.groups.values()) {
    group.members.delete(user.id);
  }
  forgetUserGrants(ctx.tenant, user.id);
  return empty(200);
};

export function addUserRoutes(router: Router): void {
  router
    .add('GET', '/pubapi/v2/users', listUsers)
    .add('POST', '/pubapi/v2/users', createUser)
    .add('GET', '/pubapi/v2/users/:id', (ctx) => withLocation(ctx, findUser(ctx)))
    .add('PATCH', '/pubapi/v2/users/:id', patchUser)
    .add('DELETE', '/pubapi/v2/users/:id', deleteUser);
}
