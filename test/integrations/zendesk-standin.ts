/**
 * A Zendesk Support API stand-in, shaped like https://developer.zendesk.com/api-reference/: basic
 * auth with "{email}/token", OAuth client credentials at /oauth/tokens, page paging with next_page
 * and count, cursor paging with meta.has_more, Idempotency-Key on ticket creation, two rate-limit
 * header sets and RecordInvalid details.
 */
import { type Answer, records, type SeenRequest, type StandIn, startStandIn } from './standin.js';

export const ZENDESK = {
  username: 'jdoe@example.com/token',
  apiToken: 'zd-api-token-secret',
  clientId: 'mcp-client',
  clientSecret: 'zd-client-secret',
  oauthToken: 'zd-oauth-token-secret',
};
export const USERS = records(5, (n) => ({
  id: 100 + n,
  name: `User ${n}`,
  email: `u${n}@example.com`,
  role: n === 1 ? 'admin' : n <= 3 ? 'agent' : 'end-user',
  suspended: false,
}));
export const TICKETS = records(5, (n) => ({
  id: n,
  subject: `Ticket ${n}`,
  status: 'open',
  priority: 'normal',
  requester_id: 104,
  tags: [] as string[],
}));

export interface ZendeskState {
  /** Access tokens issued by /oauth/tokens, in order; the API accepts those not revoked. */
  issued: string[];
  revoked: Set<string>;
  /** Idempotency key -> ticket created with it. */
  created: Map<string, unknown>;
}

function authorised(request: SeenRequest, state: ZendeskState): boolean {
  const header = request.headers.authorization ?? '';
  if (header === `Basic ${Buffer.from(`${ZENDESK.username}:${ZENDESK.apiToken}`).toString('base64')}`) {
    return true;
  }
  const bearer = header.startsWith('Bearer ') ? header.slice(7) : '';
  return bearer === ZENDESK.oauthToken || (state.issued.includes(bearer) && !state.revoked.has(bearer));
}

function issueToken(request: SeenRequest, state: ZendeskState): Answer {
  const form = new URLSearchParams(request.text);
  const valid =
    request.headers['content-type'] === 'application/x-www-form-urlencoded' &&
    form.get('grant_type') === 'client_credentials' &&
    form.get('client_id') === ZENDESK.clientId &&
    form.get('client_secret') === ZENDESK.clientSecret &&
    form.get('scope') === 'read write';
  if (!valid) {
    return { status: 401, json: { error: 'invalid_client', error_description: 'Client authentication failed.' } };
  }
  const token = `zd-cc-token-${state.issued.length + 1}`;
  state.issued.push(token);
  return { status: 200, json: { access_token: token, token_type: 'bearer', scope: 'read write', expires_in: 3600 } };
}

/** Offset paging as Zendesk does it: next_page is a URL, or null on the last page; count is the total. */
function pageOf<T>(items: T[], key: string, request: SeenRequest, base: string): Answer {
  const size = Number(request.query.get('per_page') ?? 100);
  const page = Number(request.query.get('page') ?? 1);
  const more = page * size < items.length;
  const next = more ? `${base}${request.rawPath}?page=${page + 1}&per_page=${size}` : null;
  return {
    status: 200,
    json: {
      [key]: items.slice((page - 1) * size, page * size),
      next_page: next,
      previous_page: null,
      count: items.length,
    },
  };
}

/** Cursor paging: page[after] is the id of the last ticket seen. */
function cursorOf<T extends { id: number }>(items: T[], key: string, request: SeenRequest): Answer {
  const size = Number(request.query.get('page[size]') ?? 100);
  const after = Number(request.query.get('page[after]') ?? 0);
  const page = items.filter((item) => item.id > after).slice(0, size);
  const last = page.at(-1)?.id ?? after;
  return {
    status: 200,
    json: { [key]: page, meta: { has_more: items.some((item) => item.id > last), after_cursor: String(last) } },
  };
}

function throttled(kind: string | null): Answer | undefined {
  if (kind === 'endpoint') {
    return {
      status: 429,
      headers: {
        'ratelimit-limit': '100',
        'ratelimit-remaining': '0',
        'ratelimit-reset': '41',
        'X-Rate-Limit': '700',
        'X-Rate-Limit-Remaining': '650',
      },
      json: { error: 'TooManyRequests' },
    };
  }
  if (kind === 'account') {
    return {
      status: 429,
      headers: { 'X-Rate-Limit': '700', 'X-Rate-Limit-Remaining': '0', 'Retry-After': '17' },
      json: { error: 'TooManyRequests' },
    };
  }
  return undefined;
}

function createTicket(request: SeenRequest, state: ZendeskState): Answer {
  const key = request.headers['idempotency-key'];
  if (typeof key === 'string' && state.created.has(key)) {
    return { status: 201, headers: { 'x-idempotency-lookup': 'hit' }, json: { ticket: state.created.get(key) } };
  }
  const { ticket } = JSON.parse(request.text) as {
    ticket: { subject?: string; requester_id?: number; tags?: string[] };
  };
  if (ticket.requester_id === 999) {
    return {
      status: 422,
      json: {
        error: 'RecordInvalid',
        description: 'Record validation errors',
        details: {
          requester: [{ description: 'Requester: is not a valid user', error: 'InvalidValue' }],
          base: [{ description: 'Comment body is too long', error: 'TooLong' }],
        },
      },
    };
  }
  const created = {
    id: 100 + state.created.size,
    subject: ticket.subject ?? null,
    status: 'new',
    priority: null,
    requester_id: ticket.requester_id ?? 101,
    tags: ticket.tags ?? [],
  };
  if (typeof key === 'string') {
    state.created.set(key, created);
  }
  return { status: 201, json: { ticket: created } };
}

function route(request: SeenRequest, base: string, state: ZendeskState): Answer {
  if (request.method === 'POST' && request.rawPath === '/oauth/tokens') {
    return issueToken(request, state);
  }
  if (!authorised(request, state)) {
    return { status: 401, json: { error: "Couldn't authenticate you" } };
  }
  const path = request.rawPath;
  if (path === '/api/v2/users') {
    const roles = request.query.getAll('role[]');
    return pageOf(roles.length > 0 ? USERS.filter((u) => roles.includes(u.role)) : USERS, 'users', request, base);
  }
  if (path === '/api/v2/users/show_many') {
    const ids = (request.query.get('ids') ?? '').split(',').map(Number);
    return { status: 200, json: { users: USERS.filter((u) => ids.includes(u.id)) } };
  }
  if (path === '/api/v2/search') {
    return (
      throttled(request.query.get('query')) ??
      pageOf(
        TICKETS.map((t) => ({ ...t, result_type: 'ticket' })),
        'results',
        request,
        base,
      )
    );
  }
  if (path === '/api/v2/tickets' && request.method === 'GET') {
    return cursorOf(TICKETS, 'tickets', request);
  }
  if (path === '/api/v2/tickets' && request.method === 'POST') {
    return createTicket(request, state);
  }
  const ticket = /^\/api\/v2\/tickets\/(\d+)$/.exec(path);
  if (ticket && request.method === 'DELETE') {
    return { status: 204 };
  }
  if (ticket) {
    return { status: 200, json: { ticket: TICKETS.find((t) => t.id === Number(ticket[1])) ?? null } };
  }
  return { status: 404, json: { error: 'InvalidEndpoint', description: 'Not found' } };
}

export async function startZendesk(): Promise<StandIn & { state: ZendeskState }> {
  const state: ZendeskState = { issued: [], revoked: new Set(), created: new Map() };
  const standIn = await startStandIn((request, base) => route(request, base, state));
  return { ...standIn, state };
}
