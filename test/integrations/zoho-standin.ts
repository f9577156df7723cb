/**
 * A stand-in for Zoho CRM under /crm/v6 and its accounts server's /oauth/v2/token: access tokens
 * from a refresh token (rotated on each use: a composite, Zoho itself keeps it), revocable to force
 * a 401; leads paged by page/per_page with info.more_records; a lead with an .invalid email comes
 * back inside a 207 answer; COQL answers cut at 2 rows with more_records true.
 */
import { records, type StandIn, startStandIn } from './standin.js';

export const ZOHO = {
  clientId: '1000.ZOHOCLIENT',
  clientSecret: 'zoho-client-secret-5d1',
  refreshToken: '1000.refresh.first',
  otherRefreshToken: '1000.refresh.other',
};
export const LEADS = records(5, (n) => ({
  id: `415086800000022400${n}`,
  Last_Name: `Lead ${n}`,
  Email: `lead${n}@example.com`,
}));

export interface ZohoState {
  issued: string[];
  revoked: Set<string>;
  /** Refresh tokens that work once: each use answers with its successor. */
  refreshTokens: Set<string>;
  /** Token requests wait for this before answering, so concurrent calls overlap. */
  tokenDelayMs: number;
}

export async function startZoho(): Promise<StandIn & { state: ZohoState }> {
  const state: ZohoState = {
    issued: [],
    revoked: new Set(),
    refreshTokens: new Set([ZOHO.refreshToken, ZOHO.otherRefreshToken]),
    tokenDelayMs: 0,
  };
  const standIn = await startStandIn(async (request) => {
    if (request.rawPath === '/oauth/v2/token') {
      await new Promise((resolve) => setTimeout(resolve, state.tokenDelayMs));
      const form = new URLSearchParams(request.text);
      const used = form.get('refresh_token') ?? '';
      const valid =
        form.get('grant_type') === 'refresh_token' &&
        state.refreshTokens.has(used) &&
        form.get('client_id') === ZOHO.clientId &&
        form.get('client_secret') === ZOHO.clientSecret;
      if (!valid) {
        return { status: 400, json: { error: 'invalid_code' } };
      }
      const token = `1000.access.${state.issued.length + 1}`;
      state.issued.push(token);
      const successor = `1000.refresh.${state.issued.length + 1}`;
      state.refreshTokens.delete(used);
      state.refreshTokens.add(successor);
      return {
        status: 200,
        json: {
          access_token: token,
          refresh_token: successor,
          expires_in: 3600,
          api_domain: 'https://www.zohoapis.eu',
          token_type: 'Bearer',
        },
      };
    }
    const token = /^Zoho-oauthtoken (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (!token || !state.issued.includes(token) || state.revoked.has(token)) {
      return {
        status: 401,
        json: { code: 'INVALID_TOKEN', details: {}, message: 'invalid oauth token', status: 'error' },
      };
    }
    if (request.method === 'GET' && request.rawPath === '/crm/v6/Leads') {
      const page = Number(request.query.get('page') ?? 1);
      const perPage = Number(request.query.get('per_page') ?? 200);
      const rows = LEADS.slice((page - 1) * perPage, page * perPage);
      const fields = (request.query.get('fields') ?? '').split(',');
      const data = rows.map((row) =>
        Object.fromEntries(Object.entries(row).filter(([key]) => key === 'id' || fields.includes(key))),
      );
      return {
        status: 200,
        json: {
          data,
          info: { per_page: perPage, count: data.length, page, more_records: page * perPage < LEADS.length },
        },
      };
    }
    if (request.method === 'POST' && request.rawPath === '/crm/v6/Leads') {
      const lead = (JSON.parse(request.text) as { data: Array<{ Email?: string }> }).data[0]!;
      if (lead.Email?.endsWith('.invalid')) {
        return {
          status: 207,
          json: {
            data: [{ code: 'INVALID_DATA', details: { api_name: 'Email' }, message: 'invalid data', status: 'error' }],
          },
        };
      }
      return {
        status: 201,
        json: {
          data: [
            { code: 'SUCCESS', details: { id: '4150868000000999001' }, message: 'record added', status: 'success' },
          ],
        },
      };
    }
    if (request.method === 'POST' && request.rawPath === '/crm/v6/coql') {
      return {
        status: 200,
        json: {
          data: LEADS.slice(0, 2).map(({ id, Last_Name }) => ({ id, Last_Name })),
          info: { count: 2, more_records: true },
        },
      };
    }
    return {
      status: 404,
      json: {
        code: 'INVALID_URL_PATTERN',
        details: {},
        message: 'Please check if the URL trying to access is a correct one',
        status: 'error',
      },
    };
  });
  return Object.assign(standIn, { state });
}
