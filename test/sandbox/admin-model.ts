/**
 * Records of the administrator areas (egnyte-api.md §2.10): trash, comments, project folders and
 * custom metadata. Kept apart from model.ts so each file stays about one part of the tenant.
 */
import type { FsNode } from './model.js';

/** A deleted file or folder; `nodes` is what the delete took away (a folder with its subtree). */
export interface TrashItem {
  /** base64 of `<uuid>|<epoch ms>|<type>`, as the doc sample decodes [inf]. */
  id: string;
  type: 'file' | 'folder';
  /** Original path. */
  path: string;
  nodes: FsNode[];
  /** User id of who deleted it (shown as their display name, §2.10.1). */
  deletedBy: number;
  deleteDate: number;
  purgeDate: number;
}

/** A comment ("note", §2.10.3) on a file. */
export interface Note {
  id: string;
  message: string;
  /** Author's username. */
  username: string;
  /** Path of the file it is on, and that file's group_id. */
  file_path: string;
  group_id: string;
  created: number;
}

export const PROJECT_STATUSES = ['pending', 'in-progress', 'completed', 'on-hold', 'canceled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** A project folder record (§2.10.4); dates are epoch ms or null. */
export interface Project {
  id: string;
  rootFolderId: string;
  name: string;
  projectId: string | null;
  customerName: string | null;
  description: string | null;
  status: ProjectStatus;
  startDate: number | null;
  completionDate: number | null;
  createdBy: number;
  lastUpdatedBy: number;
  creationTime: number;
  lastModifiedTime: number;
}

export const METADATA_TYPES = ['string', 'integer', 'decimal', 'date', 'enum'] as const;
export type MetadataType = (typeof METADATA_TYPES)[number];

export interface MetadataKey {
  type: MetadataType;
  displayName: string;
  priority: number;
  /** enum keys: the allowed values. */
  data?: string[];
}

/** A custom metadata namespace (§2.10.2). */
export interface Namespace {
  name: string;
  displayName: string;
  scope: 'public' | 'protected' | 'private';
  keys: Record<string, MetadataKey>;
}

export type MetadataValue = string | number;

/** Values of namespaces on one item: namespace -> key -> value. Items are keyed `folder:<id>` or `file:<id>`. */
export type ItemMetadata = Map<string, Map<string, MetadataValue>>;
