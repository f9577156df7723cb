/** Shared links on seeded files and folders, made by various users over the past year. */
import type { Link } from '../model.js';
import type { Tenant } from '../store.js';

const DAY_MS = 86_400_000;
const LINK_COUNT = 40;

export function seedLinks(tenant: Tenant, now: number): void {
  const { prng } = tenant;
  const nodes = [...tenant.nodes.values()].filter((n) => n.path.startsWith('/Shared/'));
  const creators = [...tenant.users.values()].filter((u) => u.active && u.userType !== 'standard');
  for (let i = 0; i < LINK_COUNT; i++) {
    const node = prng.pick(nodes);
    const accessibility = prng.pick(['anyone', 'password', 'domain', 'recipients'] as const);
    const created = now - prng.int(1, 365) * DAY_MS - prng.int(0, 86_399) * 1000;
    const expires = prng.chance(0.3);
    const link: Link = {
      id: prng.alnum(10),
      path: node.path,
      type: node.kind === 'file' ? 'file' : prng.chance(0.2) ? 'upload' : 'folder',
      accessibility,
      protection: prng.chance(0.2) ? 'PREVIEW' : 'NONE',
      recipients: accessibility === 'recipients' ? [`partner${i}@example.org`] : [],
      notify: prng.chance(0.5),
      link_to_current: node.kind === 'file' && prng.chance(0.3),
      created,
      created_by: prng.pick(creators).userName,
      resource_id: node.kind === 'file' ? node.group_id : node.folder_id,
      expiry_date: expires ? new Date(created + prng.int(7, 90) * DAY_MS).toISOString().slice(0, 10) : null,
      expiry_clicks: !expires && prng.chance(0.2) ? String(prng.int(1, 10)) : null,
    };
    tenant.links.set(link.id, link);
  }
}
