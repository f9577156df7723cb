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
} as const;

/** The bearer token accepted for a seed: deterministic so scripts can reuse it across restarts. */
export function tokenForSeed(seed: number): string {
  const prng = createPrng(seed ^ 0x5eed7);
  return `sbx_${prng.alnum(32)}`;
}
