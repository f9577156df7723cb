/**
 * A stand-in for Chargebee's API under /api/v2: the API key as the basic user name with an empty
 * password, customers paged by an opaque `offset` (`next_offset` is "" on the last page),
 * `email[is]` / `created_at[after]` filters, form-encoded creates, and `param` on errors.
 */
import { records, type StandIn, startStandIn } from './standin.js';

export const CHARGEBEE = { apiKey: 'test_cb_key_9Qx2' };
export const CUSTOMERS = records(5, (n) => ({
  customer: { id: `cus_${n}`, email: `user${n}@example.com`, first_name: `User ${n}`, created_at: 1700000000 + n },
}));

export interface ChargebeeState {
  created: URLSearchParams[];
}

export async function startChargebee(): Promise<StandIn & { state: ChargebeeState }> {
  const state: ChargebeeState = { created: [] };
  const expected = `Basic ${Buffer.from(`${CHARGEBEE.apiKey}:`).toString('base64')}`;
  const standIn = await startStandIn((request) => {
    if (request.headers.authorization !== expected) {
      return {
        status: 401,
        json: {
          message: 'Sorry, authentication failed. Invalid api key',
          type: 'invalid_request',
          api_error_code: 'api_authentication_failed',
          http_status_code: 401,
        },
      };
    }
    if (request.method === 'GET' && request.rawPath === '/api/v2/customers') {
      const email = request.query.get('email[is]');
      const after = Number(request.query.get('created_at[after]') ?? 0);
      const matching = CUSTOMERS.filter(
        ({ customer }) => (email === null || customer.email === email) && customer.created_at > after,
      );
      // The opaque offset is base64 of the next index, as an API would hide its own cursor.
      const start = request.query.get('offset')
        ? Number(Buffer.from(request.query.get('offset')!, 'base64').toString())
        : 0;
      const limit = Number(request.query.get('limit') ?? 10);
      const end = start + limit;
      const next_offset = end < matching.length ? Buffer.from(String(end)).toString('base64') : '';
      return { status: 200, json: { list: matching.slice(start, end), next_offset } };
    }
    if (request.method === 'POST' && request.rawPath === '/api/v2/customers') {
      const form = new URLSearchParams(request.text);
      if ((form.get('email') ?? '').endsWith('.invalid')) {
        return {
          status: 400,
          json: {
            message: 'invalid email format',
            type: 'invalid_request',
            api_error_code: 'param_wrong_value',
            param: 'email',
            error_code: 'param_invalid',
            http_status_code: 400,
          },
        };
      }
      state.created.push(form);
      return { status: 200, json: { customer: { id: `cus_new_${state.created.length}`, email: form.get('email') } } };
    }
    return {
      status: 404,
      json: {
        message: 'Sorry, we could not find that resource',
        type: 'invalid_request',
        api_error_code: 'resource_not_found',
        http_status_code: 404,
      },
    };
  });
  return Object.assign(standIn, { state });
}
