/**
 * Audit rows for the v2 stream across types, over the nine days before "now" (so a few fall
 * outside the 7-day window). Row fields follow egnyte-api.md §2.7; they vary by `auditSource`.
 */
import { SEED_FACTS } from '../facts.js';
import type { AuditEvent, AuditType, User } from '../model.js';
import type { Prng } from '../prng.js';
import type { Tenant } from '../store.js';
import { ACCESS_POINTS } from './names.js';

const DAY_MS = 86_400_000;
const AUDIT_COUNT = 900;
const SPAN_MS = 9 * DAY_MS;

/** `user` is shown as "Name ( email )" in stream rows. */
export const displayOf = (user: User): string => `${user.givenName} ${user.familyName} ( ${user.email} )`;

const ip = (prng: Prng): string => `203.0.113.${prng.int(1, 254)}`;

type RowMaker = (tenant: Tenant, actor: User, date: number) => AuditEvent;

const FILE_ACTIONS = ['Preview', 'Download', 'Upload', 'Delete', 'Move', 'Copy', 'Rename', 'Create folder'];
const LOGIN_ACTIONS = ['Login', 'Logout', 'Failed login', 'Account lockout', 'Password reset'];

const makers: Record<AuditType, RowMaker> = {
  FILE_AUDIT: (t, actor, date) => {
    const action = t.prng.pick(FILE_ACTIONS);
    const file = t.prng.pick([...t.nodes.values()].filter((n) => n.kind === 'file'));
    const moves = action === 'Move' || action === 'Copy' || action === 'Rename';
    return {
      date,
      sourcePath: file.path,
      targetPath: moves ? `${file.path}.moved` : 'N/A',
      user: displayOf(actor),
      userId: String(actor.id),
      action,
      access: t.prng.pick(ACCESS_POINTS),
      ipAddress: ip(t.prng),
      actionInfo: '',
      auditSource: 'FILE_AUDIT',
    };
  },
  LOGIN_AUDIT: (t, actor, date) => ({
    date,
    user: displayOf(actor),
    userId: String(actor.id),
    action: t.prng.pick(LOGIN_ACTIONS),
    access: t.prng.pick(ACCESS_POINTS),
    ipAddress: ip(t.prng),
    auditSource: 'LOGIN_AUDIT',
  }),
  PERMISSION_AUDIT: (t, actor, date) => {
    const group = t.prng.pick([...t.groups.values()]);
    const folder = t.prng.pick(
      [...t.nodes.values()].filter((n) => n.kind === 'folder' && n.path.startsWith('/Shared/')),
    );
    return {
      date,
      actor: displayOf(actor),
      actorId: String(actor.id),
      assignee: group.displayName,
      assigneeType: 'group',
      folder: folder.path,
      permission: `+${t.prng.pick(['Viewer', 'Editor', 'Full', 'Owner'])}`,
      action: 'Permission change',
      ipAddress: ip(t.prng),
      auditSource: 'PERMISSION_AUDIT',
    };
  },
  USER_AUDIT: (t, actor, date) => {
    const subject = t.prng.pick([...t.users.values()]);
    return {
      date,
      actor: displayOf(actor),
      subject: displayOf(subject),
      subjectId: String(subject.id),
      action: t.prng.pick([
        'User created',
        'User deactivated',
        'User activated',
        'User type changed',
        'Password changed',
      ]),
      actionInfo: '',
      source: 'Web UI',
      auditSource: 'USER_AUDIT',
    };
  },
  GROUP_AUDIT: (t, actor, date) => {
    const group = t.prng.pick([...t.groups.values()].filter((g) => !g.builtIn));
    return {
      date,
      actor: displayOf(actor),
      group: group.displayName,
      action: t.prng.pick(['Member added', 'Member removed', 'Group renamed']),
      actionInfo: '',
      auditSource: 'GROUP_AUDIT',
    };
  },
  WG_SETTINGS_AUDIT: (t, actor, date) => ({
    date,
    actor: displayOf(actor),
    setting: t.prng.pick(['Password policy', 'Link expiry', 'Two-step verification']),
    oldValue: 'Off',
    newValue: 'On',
    auditSource: 'WG_SETTINGS_AUDIT',
  }),
  WORKFLOW_AUDIT: (t, actor, date) => ({
    date,
    actor: displayOf(actor),
    workflowName: t.prng.pick(['Contract approval', 'Invoice review']),
    action: t.prng.pick(['Started', 'Approved', 'Rejected']),
    auditSource: 'WORKFLOW_AUDIT',
  }),
};

const WEIGHTS: Array<[AuditType, number]> = [
  ['FILE_AUDIT', 0.4],
  ['LOGIN_AUDIT', 0.25],
  ['PERMISSION_AUDIT', 0.1],
  ['USER_AUDIT', 0.1],
  ['GROUP_AUDIT', 0.08],
  ['WG_SETTINGS_AUDIT', 0.04],
  ['WORKFLOW_AUDIT', 0.03],
];

function pickType(prng: Prng): AuditType {
  let roll = prng.next();
  // Weighted choice: subtract the weights until below zero.
  for (const [type, weight] of WEIGHTS) {
    roll -= weight;
    if (roll < 0) {
      return type;
    }
  }
  return 'FILE_AUDIT';
}

export function seedAudit(tenant: Tenant, now: number): void {
  const { prng } = tenant;
  const admins = [...tenant.users.values()].filter((u) => u.userType === 'admin');
  const actors = [...tenant.users.values()].filter((u) => u.active);
  const step = Math.floor(SPAN_MS / AUDIT_COUNT);
  for (let i = 0; i < AUDIT_COUNT; i++) {
    const type = pickType(prng);
    const date = now - SPAN_MS + i * step + prng.int(0, step - 1);
    const needsAdmin = type === 'USER_AUDIT' || type === 'GROUP_AUDIT' || type === 'WG_SETTINGS_AUDIT';
    tenant.audit.push(makers[type](tenant, prng.pick(needsAdmin ? admins : actors), date));
  }
  // The change an access review should notice: an admin joined External Agency three days ago.
  const admin = tenant.userByName(SEED_FACTS.tokenUserName);
  const kai = tenant.userByName(SEED_FACTS.externalAgency.adminMemberUserName);
  if (admin && kai) {
    tenant.audit.push({
      date: now - 3 * DAY_MS,
      actor: displayOf(admin),
      group: SEED_FACTS.externalAgency.displayName,
      action: 'Member added',
      actionInfo: displayOf(kai),
      auditSource: 'GROUP_AUDIT',
    });
  }
  tenant.audit.sort((a, b) => a.date - b.date);
}
