/**
 * JSON shapes of folders and files in the v1 fs API (egnyte-api.md §2.4). Folder timestamps are
 * epoch ms; a file's `last_modified` is an RFC-1123 string in v1.
 */
import type { FileNode, FolderNode, FsNode } from '../model.js';
import { nameOf, parentOf } from '../paths.js';
import type { Tenant } from '../store.js';

export function currentVersion(file: FileNode) {
  const version = file.versions[file.versions.length - 1];
  if (!version) {
    throw new Error(`file ${file.path} has no versions`);
  }
  return version;
}

export function fileStub(file: FileNode): Record<string, unknown> {
  const current = currentVersion(file);
  return {
    name: nameOf(file.path),
    path: file.path,
    is_folder: false,
    size: current.size,
    checksum: current.checksum,
    entry_id: current.entry_id,
    group_id: file.group_id,
    last_modified: new Date(current.last_modified).toUTCString(),
    uploaded: file.uploaded,
    uploaded_by: current.uploaded_by,
    locked: file.locked,
    num_versions: file.versions.length,
  };
}

/** Single-file GET adds the version list, newest first. */
export function fileView(file: FileNode): Record<string, unknown> {
  const versions = [...file.versions].reverse().map((v) => ({
    entry_id: v.entry_id,
    checksum: v.checksum,
    size: v.size,
    is_folder: false,
    last_modified: new Date(v.last_modified).toUTCString(),
    uploaded_by: v.uploaded_by,
  }));
  return { ...fileStub(file), versions };
}

const LINK_TYPES = ['anyone', 'password', 'domain', 'recipients'];

export function folderStub(tenant: Tenant, folder: FolderNode): Record<string, unknown> {
  const parent = tenant.nodes.get(parentOf(folder.path));
  return {
    name: folder.path === '/' ? '/' : nameOf(folder.path),
    path: folder.path,
    folder_id: folder.folder_id,
    parent_id: parent?.kind === 'folder' ? parent.folder_id : null,
    is_folder: true,
    lastModified: folder.lastModified,
    uploaded: folder.uploaded,
  };
}

export interface Listing {
  folders: FolderNode[];
  files: FileNode[];
  offset: number;
  total: number;
}

export function folderView(tenant: Tenant, folder: FolderNode, listing: Listing | undefined): Record<string, unknown> {
  const base = {
    ...folderStub(tenant, folder),
    folder_description: folder.description,
    allow_links: folder.allowLinks,
    public_links: folder.publicLinks,
    restrict_move_delete: folder.restrictMoveDelete,
    email_preferences: folder.emailPreferences,
    allowed_file_link_types: folder.allowLinks ? LINK_TYPES : [],
    allowed_folder_link_types: folder.allowLinks && folder.publicLinks === 'files_folders' ? LINK_TYPES : [],
    custom_metadata: [],
  };
  if (!listing) {
    return base;
  }
  return {
    ...base,
    count: listing.folders.length + listing.files.length,
    offset: listing.offset,
    total_count: listing.total,
    folders: listing.folders.map((f) => folderStub(tenant, f)),
    files: listing.files.map(fileStub),
  };
}

export type SortKey = 'name' | 'last_modified' | 'uploaded_by' | 'size';

/** Sort value of a node; folders have no size or uploader, so they sort by name there. */
export function sortValue(node: FsNode, key: SortKey): string | number {
  if (node.kind === 'folder') {
    return key === 'last_modified' ? node.lastModified : nameOf(node.path).toLowerCase();
  }
  const current = currentVersion(node);
  if (key === 'size') {
    return current.size;
  }
  if (key === 'last_modified') {
    return current.last_modified;
  }
  if (key === 'uploaded_by') {
    return current.uploaded_by;
  }
  return nameOf(node.path).toLowerCase();
}
