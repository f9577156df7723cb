/**
 * A stand-in for Persona's API under /api/v1: inquiries paged by `page[after]` (the last id
 * received) with `filter[...]`, accounts paged by a relative `links.next`. `forgeNextLink` makes
 * the accounts answer point off the API's origin, as a compromised or buggy upstream could.
 */
import { records, type StandIn, startStandIn } from './standin.js';

export const PERSONA = { apiKey: 'persona_sandbox_key_7f3a' };
const STATUSES = ['completed', 'pending', 'approved'];
export const INQUIRIES = records(7, (n) => ({
  id: `inq_A${n}`,
  type: 'inquiry',
  attributes: { status: STATUSES[n % 3]!, 'reference-id': `user-${n}` },
}));
export const ACCOUNTS = records(5, (n) => ({
  id: `act_${n}`,
  type: 'account',
  attributes: { 'reference-id': `user-${n}` },
}));

export interface PersonaState {
  forgeNextLink: boolean;
}

function afterId<T extends { id: string }>(
  items: T[],
  after: string | null,
  size: number,
): { page: T[]; more: boolean } {
  const start = after === null ? 0 : items.findIndex((item) => item.id === after) + 1;
  return { page: items.slice(start, start + size), more: start + size < items.length };
}

export async function startPersona(): Promise<StandIn & { state: PersonaState }> {
  const state: PersonaState = { forgeNextLink: false };
  const standIn = await startStandIn((request) => {
    if (request.headers.authorization !== `Bearer ${PERSONA.apiKey}`) {
      return { status: 401, json: { errors: [{ title: 'Must be authenticated to access this endpoint' }] } };
    }
    const size = Number(request.query.get('page[size]') ?? 10);
    const after = request.query.get('page[after]');
    if (request.rawPath === '/api/v1/inquiries') {
      const status = request.query.get('filter[status]');
      const matching = INQUIRIES.filter((inquiry) => status === null || inquiry.attributes.status === status);
      const { page, more } = afterId(matching, after, size);
      const next = more ? `/api/v1/inquiries?page%5Bafter%5D=${page.at(-1)!.id}` : null;
      return { status: 200, json: { data: page, links: { prev: null, next } } };
    }
    if (request.rawPath === '/api/v1/accounts') {
      const { page, more } = afterId(ACCOUNTS, after, size);
      const origin = state.forgeNextLink ? 'https://persona.evil.example' : '';
      const next = more ? `${origin}/api/v1/accounts?page%5Bafter%5D=${page.at(-1)!.id}&page%5Bsize%5D=${size}` : null;
      return { status: 200, json: { data: page, links: { prev: null, next } } };
    }
    const inquiry = /^\/api\/v1\/inquiries\/([^/]+)$/.exec(request.rawPath);
    const found = inquiry && INQUIRIES.find((candidate) => candidate.id === inquiry[1]);
    if (found) {
      return { status: 200, json: { data: found } };
    }
    return {
      status: 404,
      json: { errors: [{ title: 'Record not found', details: `Could not find inquiry ${inquiry?.[1] ?? ''}` }] },
    };
  });
  return Object.assign(standIn, { state });
}
