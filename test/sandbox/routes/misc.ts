/** userinfo (§1.3) and v1 search (§2.8). */
import { type Handler, ok } from '../context.js';
import { badRequest } from '../errors.js';
import type { FsNode } from '../model.js';
import { isWithin, nameOf, parsePathString } from '../paths.js';
import type { Router } from '../router.js';
import type { Tenant } from '../store.js';
import { intParam, oneOf, parseIsoDate } from '../validate.js';
import { currentVersion } from './fs-view.js';

const userInfo: Handler = (ctx) => {
  const u = ctx.actor;
  return ok({
    id: u.id,
    username: u.userName,
    first_name: u.givenName,
    last_name: u.familyName,
    email: u.email,
    user_type: u.userType,
  });
};

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  csv: 'text/csv',
  txt: 'text/plain',
  png: 'image/png',
};

function modifiedAt(node: FsNode): number {
  return node.kind === 'folder' ? node.lastModified : currentVersion(node).last_modified;
}

function resultOf(tenant: Tenant, node: FsNode, query: string): Record<string, unknown> {
  const name = nameOf(node.path);
  const snippet = `…${name}…`;
  const common = {
    name,
    path: node.path,
    snippet,
    snippet_html: snippet.replace(query, `<b>${query}</b>`),
    last_modified: new Date(modifiedAt(node)).toISOString(),
  };
  if (node.kind === 'folder') {
    return { ...common, is_folder: true, folder_id: node.folder_id, type: 'folder', size: 0 };
  }
  const current = currentVersion(node);
  const uploader = tenant.userByName(current.uploaded_by);
  return {
    ...common,
    is_folder: false,
    type: MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
    size: current.size,
    entry_id: current.entry_id,
    group_id: node.group_id,
    uploaded_by: uploader ? `${uploader.givenName} ${uploader.familyName}` : current.uploaded_by,
    uploaded_by_username: current.uploaded_by,
    num_versions: node.versions.length,
    custom_properties: [],
  };
}

/** query 3..100 characters; count 1..20 (max 20 per §2.8 [3p]; we answer 400 above it rather than cap). */
const search: Handler = (ctx) => {
  const q = ctx.query;
  const query = q.get('query') ?? '';
  if (query.trim().length < 3 || query.length > 100) {
    throw badRequest('Parameter query must be 3 to 100 characters long');
  }
  const offset = intParam(q, 'offset', { min: 0, fallback: 0 });
  const count = intParam(q, 'count', { min: 1, max: 20, fallback: 10 });
  const folder = q.get('folder') === null ? undefined : parsePathString(q.get('folder'), 'folder');
  const type = q.get('type') === null ? undefined : oneOf(q.get('type'), ['FILE', 'FOLDER'] as const, 'type');
  const before =
    q.get('modified_before') === null ? undefined : parseIsoDate(q.get('modified_before'), 'modified_before');
  const after = q.get('modified_after') === null ? undefined : parseIsoDate(q.get('modified_after'), 'modified_after');
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const hits = [...ctx.tenant.nodes.values()]
    .filter((n) => n.path.split('/').length > 2)
    .filter((n) => terms.every((t) => nameOf(n.path).toLowerCase().includes(t)))
    .filter((n) => folder === undefined || (n.path !== folder && isWithin(n.path, folder)))
    .filter((n) => type === undefined || (type === 'FILE') === (n.kind === 'file'))
    .filter((n) => before === undefined || modifiedAt(n) < before)
    .filter((n) => after === undefined || modifiedAt(n) > after)
    .sort((a, b) => a.path.localeCompare(b.path));
  const results = hits.slice(offset, offset + count).map((n) => resultOf(ctx.tenant, n, query));
  return ok({ results, total_count: hits.length, offset, count: results.length });
};

export function addMiscRoutes(router: Router): void {
  router.add('GET', '/pubapi/v1/userinfo', userInfo).add('GET', '/pubapi/v1/search', search);
}
