/**
 * Trash (egnyte-api.md §2.10.1): the v1 list [doc] and the RESTORE/PURGE action [3p GO3]. Only
 * admins manage the trash here (power users with the trash privilege are not modelled). A restore
 * answers 200 `{resources: []}` when every item came back, else 207 listing only the failed ones.
 */
import type { TrashItem } from '../admin-model.js';
import { type Handler, ok, type RequestContext } from '../context.js';
import { badRequest, forbidden } from '../errors.js';
import { makeFolder } from '../fs-nodes.js';
import { nameOf, parentOf } from '../paths.js';
import type { Router } from '../router.js';
import type { Tenant } from '../store.js';
import { asObject, intParam, oneOf } from '../validate.js';
import { currentVersion } from './fs-view.js';

function requireTrashManager(ctx: RequestContext): void {
  if (ctx.actor.userType !== 'admin') {
    throw forbidden('User is not authorized to manage resources.');
  }
}

const iso = (ms: number): string => new Date(ms).toISOString();

function itemView(ctx: RequestContext, item: TrashItem): Record<string, unknown> {
  const deleter = ctx.tenant.users.get(item.deletedBy);
  const root = item.nodes.find((n) => n.path === item.path);
  const files = item.nodes.filter((n) => n.kind === 'file');
  const size = files.reduce((sum, f) => sum + (f.kind === 'file' ? currentVersion(f).size : 0), 0);
  const view: Record<string, unknown> = {
    id: item.id,
    type: item.type,
    path: item.path,
    name: nameOf(item.path),
    size,
    deleted_by: deleter ? `${deleter.givenName} ${deleter.familyName}` : 'Deleted user',
    delete_date: iso(item.deleteDate),
    purge_date: iso(item.purgeDate),
    last_modified: iso(
      root?.kind === 'file' ? currentVersion(root).last_modified : (root?.lastModified ?? item.deleteDate),
    ),
  };
  // Only files carry their owner (the doc sample).
  const owner = root?.kind === 'file' ? ctx.tenant.userByName(currentVersion(root).uploaded_by) : undefined;
  if (owner) {
    view.owner = {
      _self: { url: `${ctx.tenant.baseUrl}/pubapi/v2/users/${owner.id}` },
      id: owner.id,
      username: owner.userName,
      firstName: owner.givenName,
      lastName: owner.familyName,
      email: owner.email,
      typeName: owner.userType,
    };
  }
  return view;
}

const SORTS = ['delete_date', 'name', 'deleted_by', 'purge_date'] as const;

const listTrash: Handler = (ctx) => {
  requireTrashManager(ctx);
  const sortBy = oneOf(ctx.query.get('sort_by') ?? 'delete_date', SORTS, 'sort_by');
  const direction = oneOf(ctx.query.get('sort_direction') ?? 'desc', ['asc', 'desc'] as const, 'sort_direction');
  const offset = intParam(ctx.query, 'offset', { min: 0, fallback: 0 });
  const count = intParam(ctx.query, 'count', { min: 0, fallback: 50 });
  const views = [...ctx.tenant.trash.values()].map((item) => itemView(ctx, item));
  const sign = direction === 'asc' ? 1 : -1;
  views.sort((a, b) => {
    const [x, y] = [String(a[sortBy]), String(b[sortBy])];
    return (x < y ? -1 : x > y ? 1 : String(a.id).localeCompare(String(b.id))) * sign;
  });
  const items = views.slice(offset, offset + count);
  return ok({ count: items.length, offset, total_count: views.length, items });
};

type Failure = { id: string; code: number; descriptions: string[] };

/** Puts an item's nodes back, recreating missing parent folders; refuses when its path is taken. */
function restore(tenant: Tenant, item: TrashItem, now: number): Failure | undefined {
  if (tenant.nodes.has(item.path)) {
    return { id: item.id, code: 409, descriptions: [`An item already exists at ${item.path}`] };
  }
  const missing: string[] = [];
  for (let parent = parentOf(item.path); !tenant.nodes.has(parent); parent = parentOf(parent)) {
    missing.unshift(parent);
  }
  for (const path of missing) {
    makeFolder(tenant, path, now);
  }
  for (const node of item.nodes) {
    tenant.nodes.set(node.path, node);
  }
  tenant.trash.delete(item.id);
  return undefined;
}

const trashAction: Handler = (ctx) => {
  requireTrashManager(ctx);
  const body = asObject(ctx.body);
  const action = oneOf(body.action, ['RESTORE', 'PURGE'] as const, 'action');
  const ids = body.ids;
  if (
    !Array.isArray(ids) ||
    ids.length < 1 ||
    ids.length > 10 ||
    !ids.every((id) => typeof id === 'string' && id !== '')
  ) {
    throw badRequest('Field ids must be an array of 1 to 10 trash item ids');
  }
  const failures: Failure[] = [];
  for (const id of new Set(ids as string[])) {
    const item = ctx.tenant.trash.get(id);
    if (!item) {
      failures.push({ id, code: 404, descriptions: ['Item not found in trash'] });
      continue;
    }
    if (action === 'PURGE') {
      ctx.tenant.trash.delete(id);
    } else {
      const failed = restore(ctx.tenant, item, ctx.config.clock.now());
      if (failed) {
        failures.push(failed);
      }
    }
  }
  return ok({ resources: failures }, failures.length > 0 ? 207 : 200);
};

export function addTrashRoutes(router: Router): void {
  router.add('GET', '/pubapi/v1/fs/trash', listTrash).add('POST', '/pubapi/v1/fs/trash', trashAction);
}
