/**
 * The tenant's mutable state. Route handlers change it in place, so state persists for the life of
 * the process (deactivate a user, then GET shows it). Holds only data and lookups; HTTP rules live
 * in routes/.
 */
import type { ItemMetadata, Namespace, Note, Project, TrashItem } from './admin-model.js';
import type { AuditCursor, AuditEvent, AuditJob, FolderPerms, FsEvent, FsNode, Group, Link, User } from './model.js';
import type { Prng } from './prng.js';

export interface TenantOptions {
  /** Egnyte domain used in absolute URLs inside records (`https://{domain}.egnyte.com`). */
  domain: string;
}

export class Tenant {
  readonly users = new Map<number, User>();
  readonly groups = new Map<string, Group>();
  /** Keyed by absolute path (`/Shared/Finance`). */
  readonly nodes = new Map<string, FsNode>();
  /** Keyed by folder path; only folders with explicit grants or broken inheritance have an entry. */
  readonly perms = new Map<string, FolderPerms>();
  readonly links = new Map<string, Link>();
  /** Sorted by id; the first one is the oldest still retained. */
  readonly events: FsEvent[] = [];
  /** Sorted by date. */
  readonly audit: AuditEvent[] = [];
  readonly auditCursors = new Map<string, AuditCursor>();
  readonly auditJobs = new Map<string, AuditJob>();
  readonly trash = new Map<string, TrashItem>();
  readonly notes = new Map<string, Note>();
  readonly projects = new Map<string, Project>();
  readonly namespaces = new Map<string, Namespace>();
  /** Keyed `folder:<folder_id>` or `file:<group_id>`. */
  readonly metadata = new Map<string, ItemMetadata>();
  nextUserId = 0;
  /** Id of the newest event ever written (events may be dropped from the front, never renumbered). */
  lastEventId = 0;

  constructor(
    readonly options: TenantOptions,
    /** Ids for records created at runtime come from the same seeded stream. */
    readonly prng: Prng,
  ) {}

  get baseUrl(): string {
    return `https://${this.options.domain}.egnyte.com`;
  }

  userByName(userName: string): User | undefined {
    const wanted = userName.toLowerCase();
    for (const user of this.users.values()) {
      if (user.userName.toLowerCase() === wanted) {
        return user;
      }
    }
    return undefined;
  }

  /** Custom and built-in groups with this display name (case-insensitive, like Egnyte's UI). */
  groupByName(displayName: string): Group | undefined {
    const wanted = displayName.toLowerCase();
    for (const group of this.groups.values()) {
      if (group.displayName.toLowerCase() === wanted) {
        return group;
      }
    }
    return undefined;
  }

  /** Custom groups the user belongs to (what a user's `groups[]` shows). */
  customGroupsOf(userId: number): Group[] {
    return [...this.groups.values()].filter((g) => !g.builtIn && g.members.has(userId));
  }

  /** Every group, built-ins included, whose grants apply to the user. */
  effectiveGroupsOf(user: User): Group[] {
    return [...this.groups.values()].filter((g) => g.members.has(user.id));
  }

  childrenOf(folderPath: string): FsNode[] {
    const prefix = folderPath === '/' ? '/' : `${folderPath}/`;
    return [...this.nodes.values()].filter(
      (n) => n.path.startsWith(prefix) && !n.path.slice(prefix.length).includes('/') && n.path !== folderPath,
    );
  }

  /** The node and every node below it. */
  subtreeOf(path: string): FsNode[] {
    const prefix = `${path}/`;
    return [...this.nodes.values()].filter((n) => n.path === path || n.path.startsWith(prefix));
  }

  appendEvent(event: Omit<FsEvent, 'id'>): FsEvent {
    const full: FsEvent = { id: ++this.lastEventId, ...event };
    this.events.push(full);
    return full;
  }
}

/** Builds a group with the built-in membership rule applied (recomputed when user types change). */
export function syncBuiltInGroups(tenant: Tenant): void {
  for (const group of tenant.groups.values()) {
    if (!group.builtIn) {
      continue;
    }
    const wantsPower = group.displayName.includes('Power');
    const wantsStandard = group.displayName.includes('Standard');
    group.members.clear();
    for (const user of tenant.users.values()) {
      if ((wantsPower && user.userType === 'power') || (wantsStandard && user.userType === 'standard')) {
        group.members.add(user.id);
      }
    }
  }
}
