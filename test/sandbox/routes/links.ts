/**
 * Links v1 (egnyte-api.md §2.5): list returns ids only (0-based offset paging), get, create with
 * Egnyte's body rules, delete. Non-admins only see their own links [3p].
 */
import { empty, ok, type Handler, type RequestContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import type { Link } from '../model.js';
import { parsePathString } from '../paths.js';
import type { Router } from '../router.js';
import { asObject, intParam, oneOf, optionalBoolean, optionalString, parseDay } from '../validate.js';

const TYPES = ['file', 'folder', 'upload'] as const;
const ACCESSIBILITY = ['anyone', 'password', 'domain', 'recipients'] as const;

/** v1 shows creation_date as a plain day (`2014-06-14`, §2.5). */
export function linkView(ctx: RequestContext, link: Link): Record<string, unknown> {
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
    creation_date: new Date(link.created).toISOString().slice(0, 10),
    created_by: link.created_by,
    resource_id: link.resource_id,
    expiry_date: link.expiry_date,
    expiry_clicks: link.expiry_clicks,
  };
}

const visibleTo = (ctx: RequestContext, link: Link): boolean =>
  ctx.actor.userType === 'admin' || link.created_by.toLowerCase() === ctx.actor.userName.toLowerCase();

const listLinks: Handler = (ctx) => {
  const q = ctx.query;
  const path = q.get('path');
  const username = q.get('username')?.toLowerCase();
  const type = q.get('type') === null ? undefined : oneOf(q.get('type'), ['file', 'folder'] as const, 'type');
  const accessibility = q.get('accessibility') === null ? undefined : oneOf(q.get('accessibility'), ACCESSIBILITY, 'accessibility');
  const before = q.get('created_before') === null ? undefined : parseDay(q.get('created_before') as string, 'created_before');
  const after = q.get('created_after') === null ? undefined : parseDay(q.get('created_after') as string, 'created_after');
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
  const offset = intParam(q, 'offset', { min: 0, fallback: 0 });
  // No count means all of them (§3).
  const count = intParam(q, 'count', { min: 1, fallback: Math.max(matches.length, 1) });
  const ids = matches.slice(offset, offset + count).map((l) => l.id);
  return ok({ ids, offset, count: ids.length, total_count: matches.length });
};

function findLink(ctx: RequestContext): Link {
  const link = ctx.tenant.links.get(ctx.params.id ?? '');
  if (!link || !visibleTo(ctx, link)) throw notFound(`Link ${ctx.params.id} does not exist`);
  return link;
}

const createLink: Handler = (ctx) => {
  const { tenant, actor } = ctx;
  const input = asObject(ctx.body);
  const path = parsePathString(input.path, 'path');
  const type = oneOf(input.type, TYPES, 'type');
  const accessibility = oneOf(input.accessibility, ACCESSIBILITY, 'accessibility');
  const node = tenant.nodes.get(path);
  if (!node) throw notFound(`${path} does not exist`);
  if ((type === 'file') !== (node.kind === 'file')) throw badRequest(`A ${type} link needs a ${type === 'file' ? 'file' : 'folder'} path`);
  const sendEmail = optionalBoolean(input.send_email, 'send_email') ?? false;
  const recipients = input.recipients === undefined ? [] : input.recipients;
  if (!Array.isArray(recipients) || recipients.some((r) => typeof r !== 'string')) throw badRequest('Field recipients must be an array of emails');
  if (sendEmail && recipients.length === 0) throw badRequest('Field recipients is required when send_email is true');
  const linkToCurrent = optionalBoolean(input.link_to_current, 'link_to_current') ?? false;
  if (linkToCurrent && type !== 'file') throw badRequest('link_to_current applies to file links only');
  const expiryDate = optionalString(input, 'expiry_date');
  const expiryClicks = input.expiry_clicks;
  if (expiryDate !== undefined && expiryClicks !== undefined) throw badRequest('Use either expiry_date or expiry_clicks, not both');
  if (expiryDate !== undefined && parseDay(expiryDate, 'expiry_date') < ctx.config.clock.now()) throw badRequest('expiry_date must be in the future');
  if (expiryClicks !== undefined && !(Number.isInteger(Number(expiryClicks)) && Number(expiryClicks) >= 1 && Number(expiryClicks) <= 10)) {
    throw badRequest('expiry_clicks must be between 1 and 10');
  }
  if (accessibility === 'password' && input.password !== undefined && typeof input.password !== 'string') throw badRequest('Field password must be a string');
  const protection = input.protection === undefined ? 'NONE' : oneOf(input.protection, ['PREVIEW', 'NONE'] as const, 'protection');
  const notify = optionalBoolean(input.notify, 'notify') ?? false;
  const created = ctx.config.clock.now();
  // One link per recipient, or a single one without recipients (§2.5).
  const made: Link[] = (recipients.length ? (recipients as string[]) : [undefined]).map((recipient) => ({
    id: tenant.prng.alnum(10),
    path,
    type,
    accessibility,
    protection,
    recipients: recipient ? [recipient] : [],
    notify,
    link_to_current: linkToCurrent,
    created,
    created_by: actor.userName,
    resource_id: node.kind === 'file' ? node.group_id : node.folder_id,
    expiry_date: expiryDate ?? null,
    expiry_clicks: expiryClicks === undefined ? null : String(expiryClicks),
  }));
  for (const link of made) tenant.links.set(link.id, link);
  return ok({
    links: made.map((l) => ({ id: l.id, url: `${tenant.baseUrl}/dl/${l.id}`, recipients: l.recipients })),
    path,
    type,
    accessibility,
    notify,
    link_to_current: linkToCurrent,
    creation_date: new Date(created).toISOString().slice(0, 10),
    created_by: actor.userName,
    expiry_date: expiryDate ?? null,
    send_mail: sendEmail,
    copy_me: optionalBoolean(input.copy_me, 'copy_me') ?? false,
  });
};

export function addLinkRoutes(router: Router): void {
  router
    .add('GET', '/pubapi/v1/links', listLinks)
    .add('POST', '/pubapi/v1/links', createLink)
    .add('GET', '/pubapi/v1/links/:id', (ctx) => ok(linkView(ctx, findLink(ctx))))
    .add('DELETE', '/pubapi/v1/links/:id', (ctx) => {
      ctx.tenant.links.delete(findLink(ctx).id);
      return empty(200);
    });
}
