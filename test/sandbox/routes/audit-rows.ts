/**
 * Rows of v1 audit reports, derived from the same audit history the v2 stream serves. Shapes come
 * from egnyte-api.md §2.7 [3p R3]: logins `{username, user_id, event, ip_address, access, time}`,
 * files `{username, user_id, file, target_path, transaction, access, time}`, permissions
 * `{folder, assignee, assignee_id, assigner, assigner_id, change, time}`.
 */
import type { AuditEvent, AuditReportType } from '../model.js';
import { isWithin, nameOf } from '../paths.js';
import type { Tenant } from '../store.js';

export interface ReportFilter {
  from: number;
  to: number;
  users?: string[];
  /** logins: event kinds (`logins`, `logouts`, ...); access points (`web`, `ftp`, `mobile`). */
  events?: string[];
  accessPoints?: string[];
  /** files: folders, a file path (trailing `*` wildcard) and transaction types. */
  folders?: string[];
  file?: string;
  transactionTypes?: string[];
  /** permissions: assigner usernames and assignee group names. */
  assigners?: string[];
  assigneeGroups?: string[];
}

const LOGIN_EVENT: Record<string, string> = {
  Login: 'logins',
  Logout: 'logouts',
  'Account lockout': 'account_lockouts',
  'Password reset': 'password_resets',
  'Failed login': 'failed_attempts',
};

const accessPoint = (access: unknown): string => (access === 'FTP' ? 'ftp' : access === 'Mobile' ? 'mobile' : 'web');

const lower = (list: string[] | undefined): string[] | undefined => list?.map((s) => s.toLowerCase());

function userNameOf(tenant: Tenant, id: unknown): string {
  return tenant.users.get(Number(id))?.userName ?? 'deleted_user';
}

function loginRow(tenant: Tenant, e: AuditEvent, f: ReportFilter) {
  const event = LOGIN_EVENT[String(e.action)] ?? 'logins';
  const username = userNameOf(tenant, e.userId);
  if (f.events && !f.events.includes(event)) {
    return undefined;
  }
  if (f.accessPoints && !f.accessPoints.includes(accessPoint(e.access))) {
    return undefined;
  }
  if (f.users && !lower(f.users)?.includes(username)) {
    return undefined;
  }
  return {
    username,
    user_id: Number(e.userId),
    event: e.action,
    ip_address: e.ipAddress,
    access: e.access,
    time: new Date(e.date).toISOString(),
  };
}

function fileMatches(path: string, f: ReportFilter): boolean {
  const inFolders = f.folders?.some((folder) => isWithin(path, folder)) ?? false;
  const isFile =
    f.file === undefined ? false : f.file.endsWith('*') ? path.startsWith(f.file.slice(0, -1)) : path === f.file;
  return inFolders || isFile;
}

function fileRow(tenant: Tenant, e: AuditEvent, f: ReportFilter) {
  const path = String(e.sourcePath);
  const username = userNameOf(tenant, e.userId);
  if (!fileMatches(path, f)) {
    return undefined;
  }
  if (f.users && !lower(f.users)?.includes(username)) {
    return undefined;
  }
  if (f.transactionTypes && !lower(f.transactionTypes)?.includes(String(e.action).toLowerCase())) {
    return undefined;
  }
  return {
    username,
    user_id: Number(e.userId),
    file: nameOf(path),
    target_path: path,
    transaction: e.action,
    access: e.access,
    time: new Date(e.date).toISOString(),
  };
}

function permissionRow(tenant: Tenant, e: AuditEvent, f: ReportFilter) {
  const folder = String(e.folder);
  const assigner = userNameOf(tenant, e.actorId);
  if (f.folders && !f.folders.some((root) => isWithin(folder, root))) {
    return undefined;
  }
  if (f.assigners && !lower(f.assigners)?.includes(assigner)) {
    return undefined;
  }
  if (f.assigneeGroups && !lower(f.assigneeGroups)?.includes(String(e.assignee).toLowerCase())) {
    return undefined;
  }
  const group = tenant.groupByName(String(e.assignee));
  return {
    folder,
    assignee: e.assignee,
    assignee_id: group?.id ?? null,
    assigner,
    assigner_id: Number(e.actorId),
    change: e.permission,
    time: new Date(e.date).toISOString(),
  };
}

const SOURCES: Record<AuditReportType, string> = {
  logins: 'LOGIN_AUDIT',
  files: 'FILE_AUDIT',
  permissions: 'PERMISSION_AUDIT',
};

export function reportRows(
  tenant: Tenant,
  type: AuditReportType,
  filter: ReportFilter,
): Array<Record<string, unknown>> {
  const make = type === 'logins' ? loginRow : type === 'files' ? fileRow : permissionRow;
  const rows: Array<Record<string, unknown>> = [];
  for (const e of tenant.audit) {
    if (e.auditSource !== SOURCES[type] || e.date < filter.from || e.date > filter.to) {
      continue;
    }
    const row = make(tenant, e, filter);
    if (row) {
      rows.push(row);
    }
  }
  return rows;
}

/** CSV with a header row; values quoted when they need it. */
export function toCsv(rows: Array<Record<string, unknown>>): string {
  const first = rows[0];
  if (!first) {
    return '';
  }
  const columns = Object.keys(first);
  const cell = (v: unknown): string => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n')}\n`;
}
