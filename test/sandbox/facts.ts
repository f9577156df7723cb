/**
 * Facts about the seeded demo tenant that hold for every seed. Tests look records up by these
 * names through the API; ids are never hard-coded (they change with the seed).
 */
import { createPrng } from './prng.js';

export const DEFAULT_SEED = 4;
export const DEFAULT_PORT = 4010;

/** The sandbox's fixed "now" unless a test or the CLI sets another: seed dates hang off it. */
export const REFERENCE_NOW = Date.parse('2026-01-15T12:00:00.000Z');

/** Egnyte domain shown in absolute URLs inside records (`https://acme.egnyte.com/...`). */
export const TENANT_DOMAIN = 'acme';

export const SEED_FACTS = {
  /** The access token belongs to this admin (what /pubapi/v1/userinfo returns). */
  tokenUserName: 'admin',
  jsmith: {
    userName: 'jsmith',
    email: 'jsmith@company.com',
    userType: 'power',
    groups: ['Finance Operations', 'Marketing'],
  },
  externalAgency: {
    displayName: 'External Agency',
    memberUserNames: ['ana.reyes', 'tom.becker', 'kai.patel'],
    /** The one member who is an admin: an access audit should flag this. */
    adminMemberUserName: 'kai.patel',
  },
  financeOperations: { displayName: 'Finance Operations' },
  builtInGroups: ['All Power Users', 'All Standard Users', 'All Standard Users and Power Users'],
  /** A folder whose name needs per-segment encoding (`?`, `%`, spaces). */
  awkwardFolder: '/Shared/Marketing/Drafts? 100% final',
  userCount: 250,
  /** Trash (§2.10.1): jsmith deleted this folder (with its files) and two files in the last week. */
  q3Contracts: { path: '/Shared/Legal/Q3 contracts', files: 4, deletedDaysAgo: 6 },
  jsmithDeletedLastWeek: [
    '/Shared/Legal/Q3 contracts',
    '/Shared/Finance/Reports/Q3 forecast.xlsx',
    '/Private/jsmith/handover notes.docx',
  ],
  /** Also jsmith's, but two months old: not part of "what they deleted before leaving". */
  jsmithDeletedLongAgo: '/Shared/Sales/Pipeline/pipeline-2024.csv',
  /** Comments (§2.10.3) are on files in this shared folder. */
  commentedFolder: '/Shared/Legal/Contracts',
  /** Project folders (§2.10.4): root folder path -> name and status. */
  projects: [
    { path: '/Shared/Projects/Apollo', name: 'Apollo rollout', status: 'in-progress' },
    { path: '/Shared/Projects/Borealis', name: 'Borealis migration', status: 'completed' },
  ],
  /** Custom metadata namespaces (§2.10.2); contract values are set on the commented folder. */
  namespaces: ['contract', 'retention'],
  licenses: 300,
} as const;

/** The bearer token accepted for a seed: deterministic so scripts can reuse it across restarts. */
export function tokenForSeed(seed: number): string {
  const prng = createPrng(seed ^ 0x5eed7);
  return `sbx_${prng.alnum(32)}`;
}
