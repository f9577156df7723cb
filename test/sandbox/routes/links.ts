/**
 * Links (egnyte-api.md §2.5): v1 list returns ids only, v2 list full objects (0-based offset
 * paging); get, create and delete exist in both. Non-admins only see their own links [3p].
 */
import { empty, type Handler, ok, type RequestContext } from '../context.js';
import { notFound } from '../errors.js';
import type { Link } from '../model.js';
import { parsePathString } from '../paths.js';
import type { Router } from '../router.js';
import { intParam, oneOf, parseDay } from '../validate.js';
import { ACCESSIBILITY, createLink } from './links-create.js';

/** v1 shows creation_date as a plain day (`2014-06-14`), v2 as `2016-01-28T06:01:17+0000` (§2.5). */
export function linkView(ctx: RequestContext, link: Link, version: 'v1' | 'v2'): Record<string, unknown> {
  const iso = new Date(link.created).toISOString();
  return {
    id: link.id,
    url: `${ctx.tenant.baseUrl}/dl/${link.id}`,
    path: link.path,
    type: link.type,
    accessibility: link.accessibility,
    protection: link.protection,
    recipients: link.recipients,
    notify: link.notify,
    link_to_current: link.link_to_current,
    creation_date: version === 'v1' ? iso.slice(0, 10) : `${iso.slice(0, 19)}+0000`,
    created_by: link.created_by,
    resource_id: link.resource_id,
    expiry_date: link.expiry_date,
    expiry_clicks: link.expiry_clicks,
  };
}

const visibleTo = (ctx: RequestContext, link: Link): boolean =>
  ctx.actor.userType === 'admin' || link.created_by.toLowerCase() === ctx.actor.userName.toLowerCase();

/** The filters shared by v1 and v2 lists (§2.5), oldest first. */
function filteredLinks(ctx: RequestContext): Link[] {
  const q = ctx.query;
  const path = q.get('path');
  const username = q.get('username')?.toLowerCase();
  const type = q.get('type') === null ? undefined : oneOf(q.get('type'), ['file', 'folder'] as const, 'type');
  const accessibility =
    q.get('accessibility') === null ? undefined : oneOf(q.get('accessibility'), ACCESSIBILITY, 'accessibility');
  const before =
    q.get('created_before') === null ? undefined : parseDay(q.get('created_before') as string, 'created_before');
  const after =
    q.get('created_after') === null ? undefined : parseDay(q.get('created_after') as string, 'created_after');
  const wantedPath = path === null ? undefined : parsePathString(path, 'path');
  const matches = [...ctx.tenant.links.values()]
    .filter((l) => visibleTo(ctx, l))
    .filter((l) => wantedPath === undefined || l.path === wantedPath)
    .filter((l) => username === undefined || l.created_by.toLowerCase() === username)
    .filter((l) => type === undefined || l.type === type)
    .filter((l) => accessibility === undefined || l.accessibility === accessibility)
    .filter((l) => before === undefined || l.created < before)
    .filter((l) => after === undefined || l.created >= after + 86_400_000)
    .sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
  return matches;
}

/** v1 returns ids only; fetch each link by id (§2.5). */
const listLinks: Handler = (ctx) => {
  const q = ctx.query;
  const matches = filteredLinks(ctx);
  const offset = intParam(q, 'offset', { min: 0, fallback: 0 });
  // No count means all of them (§3).
  const count = intParam(q, 'count', { min: 1, fallback: Math.max(matches.length, 1) });
  const ids = matches.slice(offset, offset + count).map((l) => l.id);
  return ok({ ids, offset, count: ids.length, total_count: matches.length });
};

function findLink(ctx: RequestContext): Link {
  const link = ctx.tenant.links.get(ctx.params.id ?? '');
  if (!link || !visibleTo(ctx, link)) {
    throw notFound(`Link ${ctx.params.id} does not exist`);
  }
  return link;
}

/** v2 returns full objects and only `count` (no total [inf]); count up to 500 [3p]. */
const listLinksV2: Handler = (ctx) => {
  const matches = filteredLinks(ctx);
  const offset = intParam(ctx.query, 'offset', { min: 0, fallback: 0 });
  const count = intParam(ctx.query, 'count', { min: 1, max: 500, fallback: 500 });
  const links = matches.slice(offset, offset + count).map((l) => linkView(ctx, l, 'v2'));
  return ok({ links, count: links.length });
};

const deleteLink: Handler = (ctx) => {
  ctx.tenant.links.delete(findLink(ctx).id);
  return empty(200);
};

export function addLinkRoutes(router: Router): void {
  for (const version of ['v1', 'v2'] as const) {
    router
      .add('POST', `/pubapi/${version}/links`, createLink)
      .add('GET', `/pubapi/${version}/links/:id`, (ctx) => ok(linkView(ctx, findLink(ctx), version)))
      .add('DELETE', `/pubapi/${version}/links/:id`, deleteLink);
  }
  router.add('GET', '/pubapi/v1/links', listLinks).add('GET', '/pubapi/v2/links', listLinksV2);
}
