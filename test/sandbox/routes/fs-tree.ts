/**
 * Whole-subtree changes behind move, copy and delete. Grants and links follow a moved folder and
 * disappear with a deleted one; a copy gets fresh ids and no grants [inf: Egnyte copies content only].
 */
import type { FsNode } from '../model.js';
import type { Tenant } from '../store.js';

const rebase = (path: string, from: string, to: string): string => to + path.slice(from.length);

export function moveTree(tenant: Tenant, source: FsNode, destination: string): FsNode {
  const from = source.path;
  for (const node of tenant.subtreeOf(from)) {
    tenant.nodes.delete(node.path);
    node.path = rebase(node.path, from, destination);
    tenant.nodes.set(node.path, node);
  }
  for (const [path, entry] of [...tenant.perms]) {
    if (path !== from && !path.startsWith(`${from}/`)) {
      continue;
    }
    tenant.perms.delete(path);
    tenant.perms.set(rebase(path, from, destination), entry);
  }
  for (const link of tenant.links.values()) {
    if (link.path === from || link.path.startsWith(`${from}/`)) {
      link.path = rebase(link.path, from, destination);
    }
  }
  return source;
}

export function copyTree(tenant: Tenant, source: FsNode, destination: string, now: number): FsNode {
  const { prng } = tenant;
  let copiedRoot: FsNode | undefined;
  for (const node of tenant.subtreeOf(source.path)) {
    const path = rebase(node.path, source.path, destination);
    const copy: FsNode =
      node.kind === 'folder'
        ? { ...node, path, folder_id: prng.uuid(), lastModified: now, uploaded: now }
        : {
            ...node,
            path,
            group_id: prng.uuid(),
            uploaded: now,
            // Same bytes, so the same checksum; only the ids and dates are new.
            versions: node.versions.slice(-1).map((v) => ({ ...v, entry_id: prng.uuid(), last_modified: now })),
          };
    tenant.nodes.set(path, copy);
    if (node === source) {
      copiedRoot = copy;
    }
  }
  if (!copiedRoot) {
    throw new Error('copyTree: source vanished');
  }
  return copiedRoot;
}

export function deleteTree(tenant: Tenant, node: FsNode): void {
  const from = node.path;
  const within = (path: string): boolean => path === from || path.startsWith(`${from}/`);
  for (const child of tenant.subtreeOf(from)) {
    tenant.nodes.delete(child.path);
  }
  for (const path of [...tenant.perms.keys()]) {
    if (within(path)) {
      tenant.perms.delete(path);
    }
  }
  for (const [id, link] of [...tenant.links]) {
    if (within(link.path)) {
      tenant.links.delete(id);
    }
  }
}
