/**
 * Building blocks for file-system records, shared by the seed and the fs routes (add_folder, copy).
 */
import { createHash } from 'node:crypto';
import type { FileNode, FolderNode } from './model.js';
import type { Tenant } from './store.js';

export function makeFolder(tenant: Tenant, path: string, at: number): FolderNode {
  const folder: FolderNode = {
    kind: 'folder',
    path,
    folder_id: tenant.prng.uuid(),
    description: '',
    lastModified: at,
    uploaded: at,
    allowLinks: true,
    publicLinks: 'files_folders',
    restrictMoveDelete: false,
    emailPreferences: { content_updates: false, content_accessed: false },
  };
  tenant.nodes.set(path, folder);
  return folder;
}

/** Egnyte reports SHA-512 checksums; derive one from the content identity so it is stable. */
export function checksumOf(text: string): string {
  return createHash('sha512').update(text).digest('hex');
}

export function makeFile(tenant: Tenant, path: string, at: number, uploadedBy: string, versionCount = 1): FileNode {
  const { prng } = tenant;
  const versions = Array.from({ length: versionCount }, (_, i) => {
    const entryId = prng.uuid();
    return {
      entry_id: entryId,
      checksum: checksumOf(`${path}#${entryId}`),
      size: prng.int(800, 4_000_000),
      last_modified: at - (versionCount - 1 - i) * 3_600_000 * prng.int(1, 48),
      uploaded_by: uploadedBy,
    };
  });
  const file: FileNode = {
    kind: 'file',
    path,
    group_id: prng.uuid(),
    locked: false,
    uploaded: versions[0]?.last_modified ?? at,
    versions,
  };
  tenant.nodes.set(path, file);
  return file;
}
