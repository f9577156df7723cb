/**
 * Audit v2 stream (egnyte-api.md §2.7): the first call gives startDate (within the last 7 days of
 * the sandbox clock) and optionally endDate and auditType; later calls give only nextCursor.
 * GET takes query parameters (Splunk add-on), POST a JSON body (NET, GO3).
 */
import { type Handler, ok, type RequestContext } from '../context.js';
import { badRequest } from '../errors.js';
import { AUDIT_TYPES, type AuditCursor, type AuditType } from '../model.js';
import type { Router } from '../router.js';
import { asObject, oneOf, parseIsoDate } from '../validate.js';
import { requireAuditor } from './audit-access.js';

const WINDOW_MS = 7 * 86_400_000;

type StreamInput = Record<string, unknown>;

function inputOf(ctx: RequestContext): StreamInput {
  if (ctx.method === 'POST') {
    return ctx.body === undefined ? {} : asObject(ctx.body);
  }
  return Object.fromEntries(ctx.query.entries());
}

/** auditType: one value, a comma-separated list, or (POST) an array. */
function parseTypes(value: unknown): AuditType[] | undefined {
  if (value === undefined || value === null || value === '') {
    return undefined;
  }
  const list = Array.isArray(value) ? value : String(value).split(',');
  return list.map((t) => oneOf(typeof t === 'string' ? t.trim() : t, AUDIT_TYPES, 'auditType'));
}

function firstCursor(ctx: RequestContext, input: StreamInput): AuditCursor {
  const now = ctx.config.clock.now();
  if (input.startDate === undefined) {
    throw badRequest('startDate is required when nextCursor is not given');
  }
  const start = parseIsoDate(input.startDate, 'startDate');
  if (start < now - WINDOW_MS) {
    throw badRequest('startDate must be within the last 7 days');
  }
  const endDate = input.endDate === undefined ? undefined : parseIsoDate(input.endDate, 'endDate');
  if (endDate !== undefined && endDate < start) {
    throw badRequest('endDate must not be before startDate');
  }
  const position = ctx.tenant.audit.findIndex((e) => e.date >= start);
  return {
    position: position < 0 ? ctx.tenant.audit.length : position,
    types: parseTypes(input.auditType),
    endDate,
    issuedAt: now,
  };
}

/** Later calls send only nextCursor; other fields are ignored then [inf: Egnyte's answer to both is undocumented]. */
function resumeCursor(ctx: RequestContext, token: unknown): AuditCursor {
  const cursor = typeof token === 'string' ? ctx.tenant.auditCursors.get(token) : undefined;
  if (!cursor) {
    throw badRequest('Invalid nextCursor');
  }
  if (cursor.issuedAt < ctx.config.clock.now() - WINDOW_MS) {
    throw badRequest('nextCursor has expired (older than 7 days)');
  }
  return cursor;
}

function issueCursor(ctx: RequestContext, cursor: AuditCursor): string {
  const token = `AAN_${Buffer.from(`${ctx.tenant.auditCursors.size}:${ctx.tenant.prng.hex(24)}`).toString('base64url')}`;
  ctx.tenant.auditCursors.set(token, cursor);
  return token;
}

const stream: Handler = (ctx) => {
  requireAuditor(ctx);
  const input = inputOf(ctx);
  const cursor = input.nextCursor !== undefined ? resumeCursor(ctx, input.nextCursor) : firstCursor(ctx, input);
  const now = ctx.config.clock.now();
  const matches = (i: number): boolean => {
    const row = ctx.tenant.audit[i];
    if (!row || row.date > now || (cursor.endDate !== undefined && row.date > cursor.endDate)) {
      return false;
    }
    return !cursor.types || cursor.types.includes(row.auditSource);
  };
  const events = [];
  let position = cursor.position;
  for (; position < ctx.tenant.audit.length && events.length < ctx.config.auditPageSize; position++) {
    if (matches(position)) {
      events.push(ctx.tenant.audit[position]);
    }
  }
  let moreEvents = false;
  for (let i = position; i < ctx.tenant.audit.length && !moreEvents; i++) {
    moreEvents = matches(i);
  }
  // A cursor is returned even on the last page so a client can poll for newer rows later.
  const nextCursor = issueCursor(ctx, { ...cursor, position, issuedAt: now });
  return ok({ events, nextCursor, moreEvents });
};

export function addAuditStreamRoutes(router: Router): void {
  router.add('GET', '/pubapi/v2/audit/stream', stream).add('POST', '/pubapi/v2/audit/stream', stream);
}
