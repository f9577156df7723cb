/**
 * The Zoho CRM fixture as a generated package, its bin driven by an SDK client over stdio against
 * the Zoho stand-in. The token URL https://accounts.zoho.{dc}/oauth/v2/token is filled from
 * ZOHO_DC; a preloaded fetch hook sends that https origin to the stand-in (redirect-fetch.ts).
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { firstJson, listEveryPage } from '../runtime/listing.js';
import { binClient, writeGeneratedPackage } from './generated-package.js';
import type { StandIn } from './standin.js';
import { LEADS, startZoho, ZOHO, type ZohoState } from './zoho-standin.js';

let zoho: StandIn & { state: ZohoState };
let dir: string;
let client: Client;
const clients: Client[] = [];

async function connect(refreshToken = ZOHO.refreshToken): Promise<Client> {
  const env = {
    ZOHO_BASE_URL: `${zoho.url}/crm/v6`,
    ZOHO_DC: 'eu',
    ZOHO_CLIENT_ID: ZOHO.clientId,
    ZOHO_CLIENT_SECRET: ZOHO.clientSecret,
    ZOHO_REFRESH_TOKEN: refreshToken,
  };
  const connected = await binClient(dir, env, { from: 'https://accounts.zoho.eu', to: zoho.url });
  clients.push(connected);
  return connected;
}

const tokenCalls = () => zoho.requests.filter((r) => r.rawPath === '/oauth/v2/token');
const apiCalls = () => zoho.requests.filter((r) => r.rawPath !== '/oauth/v2/token');

beforeAll(async () => {
  dir = await writeGeneratedPackage('zoho');
  zoho = await startZoho();
  client = await connect();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await zoho.close();
});
beforeEach(() => {
  zoho.requests.length = 0;
});

describe('Zoho CRM through its generated bin', () => {
  it('exchanges the stored refresh token at the token URL filled from ZOHO_DC, and sends the access token with its own scheme word', async () => {
    const result = await client.callTool({
      name: 'list_all_zoho_leads',
      arguments: { fields: ['Last_Name'], limit: 2 },
    });
    expect(result.isError).toBeFalsy();
    expect(tokenCalls()).toHaveLength(1);
    expect(tokenCalls()[0]?.headers['x-test-original-url']).toBe('https://accounts.zoho.eu/oauth/v2/token');
    expect(Object.fromEntries(new URLSearchParams(tokenCalls()[0]!.text))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: ZOHO.refreshToken,
      client_id: ZOHO.clientId,
      client_secret: ZOHO.clientSecret,
    });
    expect(apiCalls()[0]?.headers.authorization).toBe('Zoho-oauthtoken 1000.access.1');
  });

  it('shares one refresh among concurrent calls of a fresh server', async () => {
    zoho.state.tokenDelayMs = 300;
    try {
      const fresh = await connect(ZOHO.otherRefreshToken);
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map(() =>
          fresh.callTool({ name: 'list_all_zoho_leads', arguments: { fields: ['Email'], limit: 1 } }),
        ),
      );
      expect(results.every((r) => !r.isError)).toBe(true);
      expect(tokenCalls()).toHaveLength(1);
      expect(new Set(apiCalls().map((r) => r.headers.authorization)).size).toBe(1);
    } finally {
      zoho.state.tokenDelayMs = 0;
    }
  });

  it('after a 401 refreshes once with the rotated refresh token and repeats the call once', async () => {
    const before = zoho.state.issued.length;
    const used = zoho.state.issued.at(-1)!;
    // The first client still holds its first token; revoke every token it could hold.
    for (const token of zoho.state.issued) {
      zoho.state.revoked.add(token);
    }
    const result = await client.callTool({
      name: 'list_all_zoho_leads',
      arguments: { fields: ['Last_Name'], limit: 5 },
    });
    expect(result.isError).toBeFalsy();
    expect(tokenCalls()).toHaveLength(1);
    expect(new URLSearchParams(tokenCalls()[0]!.text).get('refresh_token')).not.toBe(ZOHO.refreshToken);
    expect(zoho.state.issued).toHaveLength(before + 1);
    expect(apiCalls().map((r) => r.headers.authorization)).toEqual([
      expect.stringMatching(/^Zoho-oauthtoken 1000\.access\.\d+$/),
      `Zoho-oauthtoken ${zoho.state.issued.at(-1)}`,
    ]);
    expect(used).not.toBe(zoho.state.issued.at(-1));
    expect(JSON.stringify(result)).not.toContain('refresh');
  });

  it('pages leads until info.more_records is false: every lead once', async () => {
    const { items, pages } = await listEveryPage(client, 'list_all_zoho_leads', {
      fields: ['Last_Name', 'Email'],
      limit: 2,
    });
    expect(items).toEqual(LEADS);
    expect(pages).toBe(3);
    expect(apiCalls()[0]?.rawQuery).toBe('fields=Last_Name%2CEmail&page=1&per_page=2');
  });

  it('turns an error inside a 2xx answer into a tool error with the API code, led by the field at fault', async () => {
    const result = await client.callTool({
      name: 'create_a_zoho_lead',
      arguments: { data: [{ Last_Name: 'Doe', Email: 'jane@example.invalid' }] },
    });
    expect(result.isError).toBe(true);
    expect(firstJson(result)).toEqual({
      error: 'upstream_error',
      status: 207,
      code: 'INVALID_DATA',
      message: 'Email: invalid data',
    });
    const created = await client.callTool({
      name: 'create_a_zoho_lead',
      arguments: { data: [{ Last_Name: 'Doe', Email: 'jane@example.com' }] },
    });
    expect(created.structuredContent).toEqual({ id: '4150868000000999001' });
  });

  it('says a COQL answer is incomplete when more_records is true and no next page can be asked for', async () => {
    const result = await client.callTool({
      name: 'query_zoho_coql',
      arguments: { select_query: 'select Last_Name from Leads limit 2' },
    });
    const page = result.structuredContent as { data: unknown[]; next_cursor: string | null; note?: string };
    expect(page.data).toHaveLength(2);
    expect(page.next_cursor).toBeNull();
    expect(page.note).toMatch(/^Incomplete: the API says more items exist \(info\.more_records is true\)/);
    expect((result.content as Array<{ text: string }>)[0]!.text).toContain('Incomplete');
  });
});
