/**
 * The Chargebee fixture as a generated package, its bin driven by an SDK client over stdio against
 * the Chargebee stand-in: the API key as basic user name with an empty password, deepObject
 * filters, an empty-string cursor ending the listing, nested form bodies with free keys, and the
 * field at fault leading the error.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { firstJson, listEveryPage } from '../runtime/listing.js';
import { CHARGEBEE, type ChargebeeState, CUSTOMERS, startChargebee } from './chargebee-standin.js';
import { binClient, writeGeneratedPackage } from './generated-package.js';
import type { StandIn } from './standin.js';

let chargebee: StandIn & { state: ChargebeeState };
let client: Client;

beforeAll(async () => {
  const dir = await writeGeneratedPackage('chargebee');
  chargebee = await startChargebee();
  // Only the key is set: an empty password is the scheme, not a missing setting.
  client = await binClient(dir, { CHARGEBEE_BASE_URL: `${chargebee.url}/api/v2`, CHARGEBEE_API_KEY: CHARGEBEE.apiKey });
});
afterAll(async () => {
  await client.close();
  await chargebee.close();
});
beforeEach(() => {
  chargebee.requests.length = 0;
});

describe('Chargebee through its generated bin', () => {
  it('sends the API key as the basic user name with an empty password', async () => {
    await client.callTool({ name: 'list_all_chargebee_customers', arguments: { limit: 1 } });
    expect(chargebee.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${CHARGEBEE.apiKey}:`).toString('base64')}`,
    );
  });

  it('pages customers by next_offset, and the empty-string next_offset of the last page ends the listing', async () => {
    const { items, pages } = await listEveryPage(client, 'list_all_chargebee_customers', { limit: 2 });
    expect(items).toEqual(CUSTOMERS);
    expect(pages).toBe(3);
    expect(chargebee.requests).toHaveLength(3);
  });

  it('sends object filters as deepObject keys', async () => {
    const result = await client.callTool({
      name: 'list_all_chargebee_customers',
      arguments: { email: { is: 'user3@example.com' }, created_at: { after: 1700000001 } },
    });
    expect(result.structuredContent).toEqual({ data: [CUSTOMERS[2]], next_cursor: null });
    expect(chargebee.requests[0]?.rawQuery).toBe(
      'email%5Bis%5D=user3%40example.com&created_at%5Bafter%5D=1700000001&limit=100',
    );
  });

  it('creates a customer with a nested form body: bracketed keys, free keys included', async () => {
    const args = {
      first_name: 'Ann',
      email: 'ann@example.com',
      billing_address: { line1: '1 Main St', city: 'Berlin', country: 'DE' },
      metadata: { crm_id: '42', plan: 'pro' },
    };
    const result = await client.callTool({ name: 'create_a_chargebee_customer', arguments: args });
    expect(result.structuredContent).toEqual({ id: 'cus_new_1', email: 'ann@example.com' });
    expect(chargebee.requests[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(chargebee.requests[0]?.text).toBe(
      'first_name=Ann&email=ann%40example.com&billing_address%5Bline1%5D=1+Main+St&billing_address%5Bcity%5D=Berlin' +
        '&billing_address%5Bcountry%5D=DE&metadata%5Bcrm_id%5D=42&metadata%5Bplan%5D=pro',
    );
  });

  it('leads the error with the field at fault, without repeating the message', async () => {
    const result = await client.callTool({
      name: 'create_a_chargebee_customer',
      arguments: { email: 'ann@example.invalid' },
    });
    expect(firstJson(result)).toEqual({ error: 'upstream_error', status: 400, message: 'email: invalid email format' });
  });
});
