/**
 * The Persona fixture as a generated package, its bin driven by an SDK client over stdio against
 * the Persona stand-in: "start after the last item's id" paging, a relative next link in the body
 * (and a forged one refused), deepObject filters.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { argumentsHash, encodeCursor, toolTag } from '../../templates/runtime/src/upstream/paging/next-cursor.js';
import { firstJson, listEveryPage } from '../runtime/listing.js';
import { binClient, writeGeneratedPackage } from './generated-package.js';
import { ACCOUNTS, INQUIRIES, PERSONA, type PersonaState, startPersona } from './persona-standin.js';
import type { StandIn } from './standin.js';

let persona: StandIn & { state: PersonaState };
let client: Client;

beforeAll(async () => {
  const dir = await writeGeneratedPackage('persona');
  persona = await startPersona();
  client = await binClient(dir, { PERSONA_BASE_URL: `${persona.url}/api/v1`, PERSONA_API_KEY: PERSONA.apiKey });
});
afterAll(async () => {
  await client.close();
  await persona.close();
});
beforeEach(() => {
  persona.requests.length = 0;
  persona.state.forgeNextLink = false;
});

describe('Persona through its generated bin', () => {
  it('pages inquiries by the id of the last item received: every item once, ending when links.next is null', async () => {
    const { items, pages } = await listEveryPage(client, 'list_all_persona_inquiries', { limit: 3 });
    expect(items).toEqual(INQUIRIES);
    expect(pages).toBe(3);
    expect(persona.requests.map((r) => r.query.get('page[after]'))).toEqual([null, 'inq_A3', 'inq_A6']);
  });

  it('sends an object filter as deepObject keys, on every page', async () => {
    const completed = INQUIRIES.filter((inquiry) => inquiry.attributes.status === 'completed');
    const { items } = await listEveryPage(client, 'list_all_persona_inquiries', {
      filter: { status: 'completed' },
      limit: 1,
    });
    expect(items).toEqual(completed);
    expect(persona.requests[0]?.rawQuery).toBe('filter%5Bstatus%5D=completed&page%5Bsize%5D=1');
    expect(persona.requests.at(-1)?.rawQuery).toBe(
      `filter%5Bstatus%5D=completed&page%5Bafter%5D=${completed.at(-2)!.id}&page%5Bsize%5D=1`,
    );
  });

  it('follows the relative next link of the body to the end, on the API origin and base path', async () => {
    const { items, pages } = await listEveryPage(client, 'list_all_persona_accounts', { limit: 2 });
    expect(items).toEqual(ACCOUNTS);
    expect(pages).toBe(3);
    expect(persona.requests.map((r) => `${r.rawPath}?${r.rawQuery}`)).toEqual([
      '/api/v1/accounts?page%5Bsize%5D=2',
      '/api/v1/accounts?page%5Bafter%5D=act_2&page%5Bsize%5D=2',
      '/api/v1/accounts?page%5Bafter%5D=act_4&page%5Bsize%5D=2',
    ]);
  });

  it('refuses a next link off the API origin, as for Link headers, and sends nothing there', async () => {
    persona.state.forgeNextLink = true;
    const result = await client.callTool({ name: 'list_all_persona_accounts', arguments: { limit: 2 } });
    expect(result.isError).toBe(true);
    expect(firstJson(result)).toMatchObject({
      error: 'unexpected_response',
      message: expect.stringContaining('outside its own API'),
    });
    expect(persona.requests).toHaveLength(1);
  });

  it('refuses a well-formed cursor forged to point elsewhere, before any request', async () => {
    const identity = { toolTag: toolTag('list_all_persona_accounts'), argsHash: argumentsHash({}) };
    for (const target of ['https://persona.evil.example/api/v1/accounts', '/../../admin']) {
      const forged = encodeCursor({ ...identity, vendorCursor: target });
      const result = await client.callTool({ name: 'list_all_persona_accounts', arguments: { next_cursor: forged } });
      expect(firstJson(result)).toMatchObject({
        error: 'invalid_arguments',
        message: expect.stringContaining('does not point into this API'),
      });
    }
    expect(persona.requests).toHaveLength(0);
  });

  it('reports a missing inquiry with the JSON:API title and details', async () => {
    const result = await client.callTool({
      name: 'get_single_persona_inquiry_by_id',
      arguments: { inquiry_id: 'inq_Missing' },
    });
    expect(firstJson(result)).toEqual({
      error: 'upstream_error',
      status: 404,
      message: 'Record not found: Could not find inquiry inq_Missing',
    });
  });
});
