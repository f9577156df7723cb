/**
 * File system v1, path-based (egnyte-api.md §2.4): folder/file metadata with a paged listing,
 * add_folder, move, copy and delete. Paths in the URL are decoded per segment by the router.
 */
import { empty, type Handler, ok, type RequestContext } from '../context.js';
import { ApiError, badRequest, forbidden, notFound } from '../errors.js';
import { recordFsEvent } from '../event-log.js';
import { makeFolder } from '../fs-nodes.js';
import type { FolderNode, FsNode } from '../model.js';
import { parentOf, pathFromSegments } from '../paths.js';
import type { Router } from '../router.js';
import { asObject, boolParam, intParam, oneOf, requiredString } from '../validate.js';
import { applyFolderOptions } from './fs-options.js';
import { copyTree, deleteTree, moveTree } from './fs-tree.js';
import { fileView, folderView, type Listing, type SortKey, sortValue } from './fs-view.js';

const SORT_KEYS: readonly SortKey[] = ['name', 'last_modified', 'uploaded_by', 'size'];

/** Roots and /Private homes cannot be moved or deleted [inf]: Egnyte manages them itself. */
const isProtected = (path: string): boolean =>
  path === '/' || path === '/Shared' || path === '/Private' || /^\/Private\/[^/]+$/.test(path);

function existing(ctx: RequestContext, path: string): FsNode {
  const node = ctx.tenant.nodes.get(path);
  if (!node) {
    throw notFound(`${path} does not exist`);
  }
  return node;
}

/** Folders first, then files, as one 0-based sequence for offset/count [inf: the split is not documented]. */
function listingOf(ctx: RequestContext, folder: FolderNode): Listing {
  const sortBy = oneOf(ctx.query.get('sort_by') ?? 'name', SORT_KEYS, 'sort_by');
  const direction = oneOf(
    ctx.query.get('sort_direction') ?? 'ascending',
    ['ascending', 'descending'] as const,
    'sort_direction',
  );
  const children = ctx.tenant.childrenOf(folder.path);
  const sign = direction === 'ascending' ? 1 : -1;
  const sorted = (nodes: FsNode[]) =>
    nodes.sort((a, b) => {
      const [x, y] = [sortValue(a, sortBy), sortValue(b, sortBy)];
      return (x < y ? -1 : x > y ? 1 : a.path.localeCompare(b.path)) * sign;
    });
  const all = [
    ...sorted(children.filter((n) => n.kind === 'folder')),
    ...sorted(children.filter((n) => n.kind === 'file')),
  ];
  const offset = intParam(ctx.query, 'offset', { min: 0, fallback: 0 });
  const count = intParam(ctx.query, 'count', { min: 1, fallback: Math.max(all.length, 1) });
  const page = all.slice(offset, offset + count);
  return {
    folders: page.filter((n): n is FolderNode => n.kind === 'folder'),
    files: page.filter((n) => n.kind === 'file'),
    offset,
    total: all.length,
  };
}

function metadata(ctx: RequestContext, node: FsNode) {
  if (node.kind === 'file') {
    return ok(fileView(node));
  }
  return ok(
    folderView(ctx.tenant, node, boolParam(ctx.query, 'list_content', true) ? listingOf(ctx, node) : undefined),
  );
}

const getByPath: Handler = (ctx) => metadata(ctx, existing(ctx, pathFromSegments(ctx.rest)));

const getById =
  (kind: 'folder' | 'file'): Handler =>
  (ctx) => {
    const id = ctx.params.id;
    const node = [...ctx.tenant.nodes.values()].find((n) =>
      n.kind === 'folder' ? n.folder_id === id : n.group_id === id,
    );
    if (!node || node.kind !== kind) {
      throw notFound(`${kind === 'folder' ? 'Folder' : 'File'} ${id} does not exist`);
    }
    return metadata(ctx, node);
  };

function addFolder(ctx: RequestContext, path: string) {
  const { tenant } = ctx;
  // 403 with this exact text is what the PY SDK's created_ignore_existing expects (§2.4).
  if (tenant.nodes.has(path)) {
    throw forbidden('Folder already exists at this location');
  }
  const parent = tenant.nodes.get(parentOf(path));
  if (parent?.kind !== 'folder') {
    throw notFound(`Parent folder ${parentOf(path)} does not exist`);
  }
  const now = ctx.config.clock.now();
  const folder = makeFolder(tenant, path, now);
  recordFsEvent(tenant, { actor: ctx.actor.id, action: 'create', actionSource: 'PublicAPI', target: folder, at: now });
  return ok({ folder_id: folder.folder_id }, 201);
}

/** Move and copy take the full new path as `destination` (§2.4); a taken destination is 409 [inf §5]. */
function moveOrCopy(ctx: RequestContext, path: string, action: 'move' | 'copy', destinationRaw: string) {
  const { tenant } = ctx;
  const source = existing(ctx, path);
  if (action === 'move' && isProtected(path)) {
    throw forbidden(`${path} cannot be moved`);
  }
  if (!destinationRaw.startsWith('/')) {
    throw badRequest('Field destination must be an absolute path');
  }
  const destination = pathFromSegments(destinationRaw.replace(/\/$/, '').split('/').slice(1));
  if (destination === path || destination.startsWith(`${path}/`)) {
    throw badRequest('Destination cannot be inside the source');
  }
  const parent = tenant.nodes.get(parentOf(destination));
  if (parent?.kind !== 'folder') {
    throw notFound(`Destination folder ${parentOf(destination)} does not exist`);
  }
  if (tenant.nodes.has(destination)) {
    throw new ApiError(409, `An item already exists at ${destination}`);
  }
  const now = ctx.config.clock.now();
  const target = action === 'move' ? moveTree(tenant, source, destination) : copyTree(tenant, source, destination, now);
  recordFsEvent(tenant, { actor: ctx.actor.id, action, actionSource: 'PublicAPI', target, source, at: now });
  return empty(200);
}

const postByPath: Handler = (ctx) => {
  const path = pathFromSegments(ctx.rest);
  const input = asObject(ctx.body);
  const action = requiredString(input, 'action');
  if (action === 'add_folder') {
    return addFolder(ctx, path);
  }
  if (action === 'move' || action === 'copy') {
    return moveOrCopy(ctx, path, action, requiredString(input, 'destination'));
  }
  throw badRequest(`Unsupported action: ${action}`);
};

const deleteByPath: Handler = (ctx) => {
  const path = pathFromSegments(ctx.rest);
  const node = existing(ctx, path);
  if (isProtected(path)) {
    throw forbidden(`${path} cannot be deleted`);
  }
  const entryId = ctx.query.get('entry_id');
  if (entryId !== null) {
    if (node.kind !== 'file') {
      throw badRequest('entry_id applies to files only');
    }
    const index = node.versions.findIndex((v) => v.entry_id === entryId);
    if (index < 0) {
      throw notFound(`Version ${entryId} does not exist`);
    }
    if (node.versions.length > 1) {
      node.versions.splice(index, 1);
      return empty(200);
    }
  }
  deleteTree(ctx.tenant, node);
  recordFsEvent(ctx.tenant, {
    actor: ctx.actor.id,
    action: 'delete',
    actionSource: 'PublicAPI',
    target: node,
    at: ctx.config.clock.now(),
  });
  return empty(200);
};

export function addFsRoutes(router: Router): void {
  router
    .add('GET', '/pubapi/v1/fs/ids/folder/:id', getById('folder'))
    .add('GET', '/pubapi/v1/fs/ids/file/:id', getById('file'))
    .add('GET', '/pubapi/v1/fs', (ctx) => metadata(ctx, existing(ctx, '/')))
    .add('GET', '/pubapi/v1/fs/*', getByPath)
    .add('POST', '/pubapi/v1/fs/*', postByPath)
    .add('PATCH', '/pubapi/v1/fs/*', (ctx) => {
      const node = existing(ctx, pathFromSegments(ctx.rest));
      if (node.kind !== 'folder') {
        throw badRequest('Folder options apply to folders only');
      }
      applyFolderOptions(node, ctx.body);
      return ok(folderView(ctx.tenant, node, undefined));
    })
    .add('DELETE', '/pubapi/v1/fs/*', deleteByPath);
}
