/**
 * Appends file-system events in Egnyte's event shape (egnyte-api.md §2.6). Used by the seed and by
 * fs routes, so API changes show up in /pubapi/v1/events like real activity does.
 */
import type { FsEvent, FsNode } from './model.js';
import { encodePath } from './paths.js';
import type { Tenant } from './store.js';

export interface FsChange {
  actor: number;
  action: 'create' | 'delete' | 'move' | 'copy' | 'rename' | 'restore';
  actionSource: string;
  target: FsNode;
  /** Set for move, copy and rename: the node as it was before. */
  source?: FsNode;
  at: number;
}

function ids(node: FsNode): { id: string; groupId?: string } {
  if (node.kind === 'folder') {
    return { id: node.folder_id };
  }
  return { id: node.versions[node.versions.length - 1]?.entry_id ?? node.group_id, groupId: node.group_id };
}

export function recordFsEvent(tenant: Tenant, change: FsChange): FsEvent {
  const target = ids(change.target);
  const data: Record<string, unknown> = {
    target_path: change.target.path,
    target_id: target.id,
    is_folder: change.target.kind === 'folder',
  };
  if (target.groupId) {
    data.target_group_id = target.groupId;
  }
  if (change.target.kind === 'folder') {
    data.folder_id = target.id;
  }
  if (change.source) {
    const source = ids(change.source);
    data.source_path = change.source.path;
    data.source_id = source.id;
    if (source.groupId) {
      data.source_group_id = source.groupId;
    }
  }
  return tenant.appendEvent({
    timestamp: new Date(change.at).toISOString(),
    actor: change.actor,
    action_source: change.actionSource,
    type: 'file_system',
    action: change.action,
    object_detail: `${tenant.baseUrl}/pubapi/v1/fs${encodePath(change.target.path)}`,
    data,
  });
}
