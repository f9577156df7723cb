/**
 * The administrator areas (egnyte-api.md §2.10): a trash with jsmith's deletions of last week among
 * older ones, comments on the files of a shared folder, two project folders and two metadata
 * namespaces. Runs after everything else, so the records seeded before keep their ids.
 */
import type { MetadataValue, Namespace, TrashItem } from '../admin-model.js';
import { SEED_FACTS } from '../facts.js';
import { makeFile, makeFolder } from '../fs-nodes.js';
import type { FsNode } from '../model.js';
import type { Tenant } from '../store.js';
import { FILE_EXTENSIONS, FILE_STEMS } from './names.js';

const DAY_MS = 86_400_000;
/** Trash keeps items 30 days before purging them [inf: the retention period is set per domain]. */
export const TRASH_RETENTION_MS = 30 * DAY_MS;

/** The doc sample's id decodes to `<uuid>|<epoch ms>|file` (§2.10.1); base64 without padding. */
export function trashId(uuid: string, deletedAt: number, type: string): string {
  return Buffer.from(`${uuid}|${deletedAt}|${type}`).toString('base64').replace(/=+$/, '');
}

/** Moves a node (a folder with its subtree) from the tree into the trash. */
export function trashNode(tenant: Tenant, node: FsNode, deletedBy: number, at: number): TrashItem {
  const nodes = tenant.subtreeOf(node.path);
  for (const child of nodes) {
    tenant.nodes.delete(child.path);
  }
  const item: TrashItem = {
    id: trashId(tenant.prng.uuid(), at, node.kind),
    type: node.kind,
    path: node.path,
    nodes,
    deletedBy,
    deleteDate: at,
    purgeDate: at + TRASH_RETENTION_MS,
  };
  tenant.trash.set(item.id, item);
  return item;
}

function userId(tenant: Tenant, userName: string): number {
  const user = tenant.userByName(userName);
  if (!user) {
    throw new Error(`seed has no user ${userName}`);
  }
  return user.id;
}

function seedTrash(tenant: Tenant, now: number): void {
  const { prng } = tenant;
  const jsmith = userId(tenant, SEED_FACTS.jsmith.userName);
  const { q3Contracts } = SEED_FACTS;
  const deletedAt = now - q3Contracts.deletedDaysAgo * DAY_MS;
  const folder = makeFolder(tenant, q3Contracts.path, now - 120 * DAY_MS);
  for (const name of [
    'Northwind renewal.pdf',
    'Contoso MSA.docx',
    'Fabrikam SOW.pdf',
    'Q3 contract tracker.xlsx',
  ].slice(0, q3Contracts.files)) {
    makeFile(tenant, `${q3Contracts.path}/${name}`, now - prng.int(20, 90) * DAY_MS, SEED_FACTS.jsmith.userName);
  }
  trashNode(tenant, folder, jsmith, deletedAt);
  const [, forecast, handover] = SEED_FACTS.jsmithDeletedLastWeek;
  trashNode(
    tenant,
    makeFile(tenant, forecast, now - 40 * DAY_MS, SEED_FACTS.jsmith.userName),
    jsmith,
    deletedAt + 3_600_000,
  );
  trashNode(
    tenant,
    makeFile(tenant, handover, now - 10 * DAY_MS, SEED_FACTS.jsmith.userName),
    jsmith,
    now - 7 * DAY_MS + 3_600_000,
  );
  trashNode(
    tenant,
    makeFile(tenant, SEED_FACTS.jsmithDeletedLongAgo, now - 200 * DAY_MS, SEED_FACTS.jsmith.userName),
    jsmith,
    now - 60 * DAY_MS,
  );

  // Other people's deletions over the last 80 days, enough for several pages at a small limit.
  const others = [...tenant.users.values()].filter((u) => u.active && u.userName !== SEED_FACTS.jsmith.userName);
  const folders = [...tenant.nodes.values()].filter((n) => n.kind === 'folder' && n.path.startsWith('/Shared/'));
  for (let i = 0; i < 24; i++) {
    const user = prng.pick(others);
    const path = `${prng.pick(folders).path}/${prng.pick(FILE_STEMS)}-old-${i}.${prng.pick(FILE_EXTENSIONS)}`;
    trashNode(
      tenant,
      makeFile(tenant, path, now - 300 * DAY_MS, user.userName),
      user.id,
      now - prng.int(1, 80) * DAY_MS - prng.int(0, 86_399) * 1000,
    );
  }
}

function seedNotes(tenant: Tenant, now: number): void {
  const { prng } = tenant;
  const files = tenant.childrenOf(SEED_FACTS.commentedFolder).filter((n) => n.kind === 'file');
  const authors = [SEED_FACTS.tokenUserName, SEED_FACTS.jsmith.userName, ...SEED_FACTS.externalAgency.memberUserNames];
  const lines = [
    'Please review the renewal terms.',
    'Signed copy uploaded.',
    'Legal approved this version.',
    'Counterparty asked for a 60-day notice period.',
    'Superseded by the new MSA.',
    'Check the indemnity clause.',
  ];
  lines.forEach((message, i) => {
    const file = files[i % files.length];
    if (file?.kind !== 'file') {
      return;
    }
    const id = prng.uuid();
    tenant.notes.set(id, {
      id,
      message,
      username: prng.pick(authors),
      file_path: file.path,
      group_id: file.group_id,
      created: now - prng.int(1, 40) * DAY_MS - prng.int(0, 86_399) * 1000,
    });
  });
}

function seedProjects(tenant: Tenant, now: number): void {
  const admin = userId(tenant, SEED_FACTS.tokenUserName);
  SEED_FACTS.projects.forEach((spec, i) => {
    const folder = tenant.nodes.get(spec.path);
    if (folder?.kind !== 'folder') {
      throw new Error(`seed has no folder ${spec.path}`);
    }
    const id = tenant.prng.uuid();
    const created = now - (200 - i * 50) * DAY_MS;
    tenant.projects.set(id, {
      id,
      rootFolderId: folder.folder_id,
      name: spec.name,
      projectId: `PRJ-${101 + i}`,
      customerName: i === 0 ? 'Northwind Traders' : 'Contoso Ltd',
      description: null,
      status: spec.status,
      startDate: created,
      completionDate: spec.status === 'completed' ? now - 20 * DAY_MS : now + 90 * DAY_MS,
      createdBy: admin,
      lastUpdatedBy: admin,
      creationTime: created,
      lastModifiedTime: now - 20 * DAY_MS,
    });
  });
}

const NAMESPACES: Namespace[] = [
  {
    name: 'contract',
    displayName: 'Contract',
    scope: 'public',
    keys: {
      status: { type: 'enum', displayName: 'Status', priority: 4, data: ['draft', 'in review', 'signed', 'expired'] },
      counterparty: { type: 'string', displayName: 'Counterparty', priority: 3 },
      value: { type: 'decimal', displayName: 'Contract value', priority: 2 },
      renewal_date: { type: 'date', displayName: 'Renewal date', priority: 1 },
    },
  },
  {
    name: 'retention',
    displayName: 'Retention',
    scope: 'protected',
    keys: {
      category: { type: 'enum', displayName: 'Category', priority: 2, data: ['legal', 'finance', 'hr'] },
      years: { type: 'integer', displayName: 'Keep for (years)', priority: 1 },
    },
  },
];

function setValues(tenant: Tenant, itemKey: string, namespace: string, values: Record<string, MetadataValue>): void {
  const item = tenant.metadata.get(itemKey) ?? new Map();
  item.set(namespace, new Map(Object.entries(values)));
  tenant.metadata.set(itemKey, item);
}

function seedMetadata(tenant: Tenant, now: number): void {
  for (const namespace of NAMESPACES) {
    tenant.namespaces.set(namespace.name, structuredClone(namespace));
  }
  const contracts = tenant.nodes.get(SEED_FACTS.commentedFolder);
  const finance = tenant.nodes.get('/Shared/Finance');
  if (contracts?.kind !== 'folder' || finance?.kind !== 'folder') {
    throw new Error('seed has no Legal/Contracts or Finance folder');
  }
  setValues(tenant, `folder:${contracts.folder_id}`, 'contract', {
    status: 'in review',
    counterparty: 'Northwind Traders',
    renewal_date: Math.floor((now + 120 * DAY_MS) / 1000),
  });
  setValues(tenant, `folder:${finance.folder_id}`, 'retention', { category: 'finance', years: 7 });
}

export function seedAdminAreas(tenant: Tenant, now: number): void {
  seedTrash(tenant, now);
  seedNotes(tenant, now);
  seedProjects(tenant, now);
  seedMetadata(tenant, now);
}
