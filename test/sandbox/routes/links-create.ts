/** POST /pubapi/v{1,2}/links with Egnyte's body rules (egnyte-api.md §2.5). */
import { type Handler, ok } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import type { Link } from '../model.js';
import { parsePathString } from '../paths.js';
import { asObject, oneOf, optionalBoolean, optionalString, parseDay } from '../validate.js';

const TYPES = ['file', 'folder', 'upload'] as const;
export const ACCESSIBILITY = ['anyone', 'password', 'domain', 'recipients'] as const;

export const createLink: Handler = (ctx) => {
  const { tenant, actor } = ctx;
  const input = asObject(ctx.body);
  const path = parsePathString(input.path, 'path');
  const type = oneOf(input.type, TYPES, 'type');
  const accessibility = oneOf(input.accessibility, ACCESSIBILITY, 'accessibility');
  const node = tenant.nodes.get(path);
  if (!node) {
    throw notFound(`${path} does not exist`);
  }
  if ((type === 'file') !== (node.kind === 'file')) {
    throw badRequest(`A ${type} link needs a ${type === 'file' ? 'file' : 'folder'} path`);
  }
  const sendEmail = optionalBoolean(input.send_email, 'send_email') ?? false;
  const recipients = input.recipients === undefined ? [] : input.recipients;
  if (!Array.isArray(recipients) || recipients.some((r) => typeof r !== 'string')) {
    throw badRequest('Field recipients must be an array of emails');
  }
  if (sendEmail && recipients.length === 0) {
    throw badRequest('Field recipients is required when send_email is true');
  }
  const linkToCurrent = optionalBoolean(input.link_to_current, 'link_to_current') ?? false;
  if (linkToCurrent && type !== 'file') {
    throw badRequest('link_to_current applies to file links only');
  }
  const expiryDate = optionalString(input, 'expiry_date');
  const expiryClicks = input.expiry_clicks;
  if (expiryDate !== undefined && expiryClicks !== undefined) {
    throw badRequest('Use either expiry_date or expiry_clicks, not both');
  }
  if (expiryDate !== undefined && parseDay(expiryDate, 'expiry_date') < ctx.config.clock.now()) {
    throw badRequest('expiry_date must be in the future');
  }
  if (
    expiryClicks !== undefined &&
    !(Number.isInteger(Number(expiryClicks)) && Number(expiryClicks) >= 1 && Number(expiryClicks) <= 10)
  ) {
    throw badRequest('expiry_clicks must be between 1 and 10');
  }
  if (accessibility === 'password' && input.password !== undefined && typeof input.password !== 'string') {
    throw badRequest('Field password must be a string');
  }
  const protection =
    input.protection === undefined ? 'NONE' : oneOf(input.protection, ['PREVIEW', 'NONE'] as const, 'protection');
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
  for (const link of made) {
    tenant.links.set(link.id, link);
  }
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
