/**
 * The tenant's records as the sandbox keeps them. Field names follow Egnyte's wire names where a
 * record is sent out nearly as-is (see egnyte-api.md §2); derived fields (a user's `groups`, a
 * folder's listing) are computed on the way out instead of being stored twice.
 */

export type UserType = 'admin' | 'power' | 'standard';
export type AuthType = 'egnyte' | 'sso' | 'ad';
export const USER_TYPES: readonly UserType[] = ['admin', 'power', 'standard'];
export const AUTH_TYPES: readonly AuthType[] = ['egnyte', 'sso', 'ad'];

export interface User {
  id: number;
  userName: string;
  externalId: string | null;
  email: string;
  givenName: string;
  familyName: string;
  active: boolean;
  locked: boolean;
  authType: AuthType;
  userType: UserType;
  /** Power users only: `Default` or a custom role (§2.1). */
  role: string | null;
  idpUserId: string | null;
  userPrincipalName: string | null;
  language: string;
  createdDate: string;
  lastModificationDate: string;
  lastActiveDate: string | null;
}

export interface Group {
  id: string;
  displayName: string;
  /** User ids. */
  members: Set<number>;
  /** Built-in groups ("All Power Users", ...) are valid perms keys but are never listed (§2.2). */
  builtIn: boolean;
}

/** Levels in increasing order of power; `None` removes a grant (§2.3). */
export const PERMISSION_LEVELS = ['None', 'Viewer', 'Editor', 'Full', 'Owner'] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

/** Explicit grants on one folder. Groups are keyed by id so a rename keeps the grant. */
export interface FolderPerms {
  users: Map<number, PermissionLevel>;
  groups: Map<string, PermissionLevel>;
  inheritsPermissions: boolean;
}

export interface FileVersion {
  entry_id: string;
  checksum: string;
  size: number;
  last_modified: number;
  uploaded_by: string;
}

export interface FolderNode {
  kind: 'folder';
  path: string;
  folder_id: string;
  description: string;
  lastModified: number;
  uploaded: number;
  /** Folder options (egnyte-api.md §2.4, D-folderopts). */
  allowLinks: boolean;
  publicLinks: 'files_folders' | 'files' | 'disabled';
  restrictMoveDelete: boolean;
  emailPreferences: { content_updates: boolean; content_accessed: boolean };
}

export interface FileNode {
  kind: 'file';
  path: string;
  group_id: string;
  locked: boolean;
  uploaded: number;
  /** Oldest first; the last one is the current version. */
  versions: FileVersion[];
}

export type FsNode = FolderNode | FileNode;

export interface Link {
  id: string;
  path: string;
  type: 'file' | 'folder' | 'upload';
  accessibility: 'anyone' | 'password' | 'domain' | 'recipients';
  protection: 'NONE' | 'PREVIEW';
  recipients: string[];
  notify: boolean;
  link_to_current: boolean;
  /** Epoch ms. */
  created: number;
  created_by: string;
  resource_id: string;
  expiry_date: string | null;
  expiry_clicks: string | null;
}

export interface FsEvent {
  id: number;
  timestamp: string;
  actor: number;
  action_source: string;
  type: 'file_system' | 'note';
  action: string;
  object_detail: string;
  data: Record<string, unknown>;
}

export const AUDIT_TYPES = [
  'FILE_AUDIT',
  'LOGIN_AUDIT',
  'PERMISSION_AUDIT',
  'USER_AUDIT',
  'GROUP_AUDIT',
  'WG_SETTINGS_AUDIT',
  'WORKFLOW_AUDIT',
] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];

/** One row of the v2 audit stream; `date` is epoch ms and the rest varies by `auditSource`. */
export interface AuditEvent {
  date: number;
  auditSource: AuditType;
  [field: string]: unknown;
}

/** Where a v2 audit stream continues; cursors are opaque strings mapped to this server-side. */
export interface AuditCursor {
  /** Index into the tenant's audit list of the next row to look at. */
  position: number;
  types: readonly AuditType[] | undefined;
  endDate: number | undefined;
  /** Cursors live 7 days (§3). */
  issuedAt: number;
}

export type AuditReportType = 'logins' | 'files' | 'permissions';

/** A v1 asynchronous audit report; rows are computed when the job is created. */
export interface AuditJob {
  id: string;
  type: AuditReportType;
  format: 'csv' | 'json';
  rows: Array<Record<string, unknown>>;
  /** "running" answers still to give before the job reports done. */
  pollsLeft: number;
}
