/**
 * Events (egnyte-api.md §2.6): a cursor endpoint and "events after id". 204 when nothing matches
 * after the id; 404 when the id lies before the retained window, so clients reset from /cursor.
 */
import { type Handler, ok } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import type { FsEvent } from '../model.js';
import { isWithin, parsePathString } from '../paths.js';
import type { Router } from '../router.js';
import { intParam, oneOf } from '../validate.js';

const EVENT_TYPES = ['file_system', 'note'] as const;

function bounds(events: FsEvent[], lastEventId: number): { oldest: number; latest: number } {
  return { oldest: events[0]?.id ?? lastEventId + 1, latest: lastEventId };
}

const cursor: Handler = (ctx) => {
  const { oldest, latest } = bounds(ctx.tenant.events, ctx.tenant.lastEventId);
  return ok({
    timestamp: new Date(ctx.config.clock.now()).toISOString(),
    latest_event_id: latest,
    oldest_event_id: oldest,
  });
};

function touchesFolder(event: FsEvent, folder: string): boolean {
  const paths = [event.data.target_path, event.data.source_path].filter((p): p is string => typeof p === 'string');
  return paths.some((p) => isWithin(p, folder));
}

const listEvents: Handler = (ctx) => {
  const { tenant, query } = ctx;
  if (query.get('id') === null) {
    throw badRequest('Parameter id is required');
  }
  const id = intParam(query, 'id', { min: 0, fallback: 0 });
  // Default 50 [3p GO3]; 1..100 (§2.6).
  const count = intParam(query, 'count', { min: 1, max: 100, fallback: 50 });
  const folder = query.get('folder') === null ? undefined : parsePathString(query.get('folder'), 'folder');
  const types = query
    .get('type')
    ?.split('|')
    .map((t) => oneOf(t, EVENT_TYPES, 'type'));
  const suppress =
    query.get('suppress') === null ? undefined : oneOf(query.get('suppress'), ['app', 'user'] as const, 'suppress');
  const { oldest, latest } = bounds(tenant.events, tenant.lastEventId);
  // `id` is exclusive, so oldest - 1 still returns everything retained; anything lower has expired.
  if (id < oldest - 1) {
    throw notFound(`Event id ${id} is older than the oldest retained event ${oldest}`);
  }

  const picked: FsEvent[] = [];
  let scannedTo = latest;
  for (const event of tenant.events) {
    if (event.id <= id) {
      continue;
    }
    if (types && !types.includes(event.type)) {
      continue;
    }
    if (folder && !touchesFolder(event, folder)) {
      continue;
    }
    if (suppress === 'user' && event.actor === ctx.actor.id) {
      continue;
    }
    if (suppress === 'app' && event.action_source === 'PublicAPI') {
      continue;
    }
    picked.push(event);
    if (picked.length === count) {
      scannedTo = event.id;
      break;
    }
  }
  if (picked.length === 0) {
    return { status: 204 };
  }
  // latest_id tells the client where to continue; with filters it may be past the last event shown.
  return ok({ latest_id: scannedTo, oldest_id: oldest, count: picked.length, events: picked });
};

export function addEventRoutes(router: Router): void {
  router.add('GET', '/pubapi/v1/events/cursor', cursor).add('GET', '/pubapi/v1/events', listEvents);
}
