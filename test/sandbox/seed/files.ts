/**
 * The folder tree under /Shared (SHARED_TREE), files in every folder, and /Private/<user> homes
 * for a few users. One folder name needs per-segment encoding (`Drafts? 100% final`).
 */
import { SEED_FACTS } from '../facts.js';
import { makeFile, makeFolder } from '../fs-nodes.js';
import type { User } from '../model.js';
import type { Tenant } from '../store.js';
import { FILE_EXTENSIONS, FILE_STEMS, SHARED_TREE, type TreeSpec } from './names.js';

const DAY_MS = 86_400_000;

function addFiles(tenant: Tenant, folder: string, count: number, uploaders: User[], now: number): void {
  const { prng } = tenant;
  const used = new Set<string>();
  while (used.size < count) {
    const name = `${prng.pick(FILE_STEMS)}-${prng.int(2019, 2025)}.${prng.pick(FILE_EXTENSIONS)}`;
    if (used.has(name)) {
      continue;
    }
    used.add(name);
    const at = now - prng.int(1, 700) * DAY_MS - prng.int(0, 86_399) * 1000;
    makeFile(tenant, `${folder}/${name}`, at, prng.pick(uploaders).userName, prng.int(1, 4));
  }
}

function addTree(tenant: Tenant, parent: string, tree: TreeSpec, uploaders: User[], now: number): void {
  for (const [name, children] of Object.entries(tree)) {
    const path = `${parent}/${name}`;
    makeFolder(tenant, path, now - tenant.prng.int(100, 900) * DAY_MS);
    addFiles(tenant, path, tenant.prng.int(2, 7), uploaders, now);
    addTree(tenant, path, children, uploaders, now);
  }
}

export function seedFiles(tenant: Tenant, now: number): void {
  const origin = now - 1000 * DAY_MS;
  makeFolder(tenant, '/', origin);
  makeFolder(tenant, '/Shared', origin);
  makeFolder(tenant, '/Private', origin);
  const active = [...tenant.users.values()].filter((u) => u.active);
  addTree(tenant, '/Shared', SHARED_TREE, active, now);
  // A file whose name also needs encoding, inside the awkward folder.
  makeFile(tenant, `${SEED_FACTS.awkwardFolder}/Plan #1 & notes.docx`, now - 3 * DAY_MS, SEED_FACTS.jsmith.userName);

  const homes = [SEED_FACTS.tokenUserName, SEED_FACTS.jsmith.userName, ...active.slice(5, 25).map((u) => u.userName)];
  for (const userName of homes) {
    const user = tenant.userByName(userName);
    if (!user) {
      continue;
    }
    const home = `/Private/${user.userName}`;
    makeFolder(tenant, home, now - tenant.prng.int(100, 900) * DAY_MS);
    addFiles(tenant, home, tenant.prng.int(1, 3), [user], now);
  }
}
