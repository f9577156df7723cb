/**
 * A few hundred retained events over the two weeks before "now". Ids start high, as on a tenant
 * whose older events were dropped, so an id below `oldest_id` gets the "too old" 404.
 */
import { recordFsEvent } from '../event-log.js';
import type { Tenant } from '../store.js';
import { ACTION_SOURCES } from './names.js';

export const FIRST_RETAINED_EVENT_ID = 31_877;
const EVENT_COUNT = 400;
const SPAN_MS = 14 * 86_400_000;

export function seedEvents(tenant: Tenant, now: number): void {
  const { prng } = tenant;
  const nodes = [...tenant.nodes.values()].filter((n) => n.path.split('/').length > 2);
  const actors = [...tenant.users.values()].filter((u) => u.active);
  tenant.lastEventId = FIRST_RETAINED_EVENT_ID - 1;
  const step = Math.floor(SPAN_MS / EVENT_COUNT);
  for (let i = 0; i < EVENT_COUNT; i++) {
    const at = now - SPAN_MS + i * step + prng.int(0, step - 1);
    const actor = prng.pick(actors).id;
    const actionSource = prng.pick(ACTION_SOURCES);
    if (prng.chance(0.05)) {
      tenant.appendEvent({
        timestamp: new Date(at).toISOString(),
        actor,
        action_source: actionSource,
        type: 'note',
        action: 'create',
        object_detail: `${tenant.baseUrl}/pubapi/v1/notes/${prng.uuid()}`,
        data: { note_id: prng.uuid(), target_path: prng.pick(nodes).path },
      });
      continue;
    }
    const action = prng.pick(['create', 'create', 'create', 'delete', 'move', 'copy', 'rename'] as const);
    const hasSource = action === 'move' || action === 'copy' || action === 'rename';
    const source = hasSource ? prng.pick(nodes) : undefined;
    recordFsEvent(tenant, { actor, action, actionSource, target: prng.pick(nodes), source, at });
  }
}
