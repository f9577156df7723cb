/**
 * Groups, v2 SCIM 1.1 API (egnyte-api.md §2.2). Lists leave out members and built-in groups;
 * PATCH adds `{value}` members and removes `{operation:"delete", value}` ones. Renames keep
 * membership and folder grants (grants are stored by group id).
 */
import { empty, type Handler, ok, type RequestContext } from '../context.js';
import { ApiError, badRequest, notFound } from '../errors.js';
import type { Group } from '../model.js';
import { forgetGroupGrants } from '../perms-logic.js';
import type { Router } from '../router.js';
import type { Tenant } from '../store.js';
import { asObject, requiredString } from '../validate.js';
import { matchesFilter, pageOf, parseFilters, requireAdmin, SCIM_SCHEMAS, scimPage } from './scim.js';

export function groupView(tenant: Tenant, group: Group): Record<string, unknown> {
  const members = [...group.members]
    .map((id) => tenant.users.get(id))
    .filter((u) => u !== undefined)
    .sort((a, b) => a.id - b.id)
    .map((u) => ({ username: u.userName, value: u.id, display: `${u.givenName} ${u.familyName}` }));
  return { schemas: SCIM_SCHEMAS, id: group.id, displayName: group.displayName, members };
}

function findGroup(ctx: RequestContext): Group {
  requireAdmin(ctx);
  const group = ctx.tenant.groups.get(ctx.params.id ?? '');
  if (!group || group.builtIn) {
    throw notFound(`Group ${ctx.params.id} not found.`);
  }
  return group;
}

/** A unique, non-empty name. Duplicate status is not documented; 409 like duplicate users [inf §5]. */
function checkName(tenant: Tenant, displayName: string, self?: Group): string {
  const existing = tenant.groupByName(displayName);
  if (existing && existing !== self) {
    throw new ApiError(409, `Group with name ${displayName} already exists.`);
  }
  return displayName;
}

/** Member `value`s must be existing user ids (numbers, or digit strings from loose clients). */
function memberIds(tenant: Tenant, members: unknown, allowDelete: boolean): { add: number[]; remove: number[] } {
  if (members === undefined) {
    return { add: [], remove: [] };
  }
  if (!Array.isArray(members)) {
    throw badRequest('Field members must be an array');
  }
  const add: number[] = [];
  const remove: number[] = [];
  for (const item of members) {
    const member = asObject(item, 'Each member');
    const id = typeof member.value === 'string' && /^\d+$/.test(member.value) ? Number(member.value) : member.value;
    if (typeof id !== 'number' || !Number.isInteger(id)) {
      throw badRequest('Member value must be a user id');
    }
    if (member.operation === 'delete' && allowDelete) {
      remove.push(id);
    } else if (member.operation !== undefined) {
      throw badRequest(`Unsupported member operation: ${String(member.operation)}`);
    } else {
      if (!tenant.users.has(id)) {
        throw badRequest(`User ${id} not found.`);
      }
      add.push(id);
    }
  }
  return { add, remove };
}

const listGroups: Handler = (ctx) => {
  requireAdmin(ctx);
  const filters = parseFilters(ctx.query, { displayname: ['eq', 'co', 'sw'] });
  const page = scimPage(ctx.query);
  const groups = [...ctx.tenant.groups.values()]
    .filter((g) => !g.builtIn && filters.every((f) => matchesFilter(g.displayName, f)))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const result = pageOf(groups, page);
  return ok({
    schemas: SCIM_SCHEMAS,
    ...result,
    resources: result.resources.map((g) => ({ id: g.id, displayName: g.displayName })),
  });
};

/** 201 as the PY SDK expects (NET mocks 200; §2.2). */
const createGroup: Handler = (ctx) => {
  requireAdmin(ctx);
  const { tenant } = ctx;
  const input = asObject(ctx.body);
  const displayName = checkName(tenant, requiredString(input, 'displayName'));
  const group: Group = {
    id: tenant.prng.uuid(),
    displayName,
    members: new Set(memberIds(tenant, input.members, false).add),
    builtIn: false,
  };
  tenant.groups.set(group.id, group);
  return ok(groupView(tenant, group), 201);
};

/** Full replace: members left out of the list are removed. */
const replaceGroup: Handler = (ctx) => {
  const group = findGroup(ctx);
  const input = asObject(ctx.body);
  const displayName = checkName(ctx.tenant, requiredString(input, 'displayName'), group);
  const { add } = memberIds(ctx.tenant, input.members ?? [], false);
  group.displayName = displayName;
  group.members = new Set(add);
  return ok(groupView(ctx.tenant, group));
};

/** SCIM 1.1 partial update; members not mentioned stay (the .NET SDK's PartialGroupUpdate). */
const patchGroup: Handler = (ctx) => {
  const group = findGroup(ctx);
  const input = asObject(ctx.body);
  if (input.Operations !== undefined) {
    throw badRequest('SCIM 2.0 PatchOp is not supported; send displayName and members (SCIM 1.1)');
  }
  if (input.displayName === undefined && input.members === undefined) {
    throw badRequest('Nothing to update: send displayName and/or members');
  }
  const displayName =
    input.displayName === undefined
      ? group.displayName
      : checkName(ctx.tenant, requiredString(input, 'displayName'), group);
  const { add, remove } = memberIds(ctx.tenant, input.members, true);
  group.displayName = displayName;
  for (const id of add) {
    group.members.add(id);
  }
  for (const id of remove) {
    group.members.delete(id);
  }
  return ok(groupView(ctx.tenant, group));
};

const deleteGroup: Handler = (ctx) => {
  const group = findGroup(ctx);
  ctx.tenant.groups.delete(group.id);
  forgetGroupGrants(ctx.tenant, group.id);
  return empty(200);
};

export function addGroupRoutes(router: Router): void {
  router
    .add('GET', '/pubapi/v2/groups', listGroups)
    .add('POST', '/pubapi/v2/groups', createGroup)
    .add('GET', '/pubapi/v2/groups/:id', (ctx) => ok(groupView(ctx.tenant, findGroup(ctx))))
    .add('PUT', '/pubapi/v2/groups/:id', replaceGroup)
    .add('PATCH', '/pubapi/v2/groups/:id', patchGroup)
    .add('DELETE', '/pubapi/v2/groups/:id', deleteGroup);
}
