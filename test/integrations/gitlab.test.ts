/**
 * The GitLab fixture integration, compiled from test/fixtures/specs/gitlab and served through a
 * real SDK client over Streamable HTTP against the GitLab stand-in.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { ServerData } from 'saas-mcp-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../runtime/harness.js';
import { firstJson, listEveryPage as listAll } from '../runtime/listing.js';
import { compiledServerData } from './compiled.js';
import { GITLAB_TOKENS, ISSUES, MERGE_REQUESTS, PROJECTS, RESET_AT, startGitLab } from './gitlab-standin.js';
import type { StandIn } from './standin.js';

const NOW = new Date((RESET_AT - 42) * 1000);
let data: ServerData;
let gitlab: StandIn;
let server: TestServer;
let client: Client;

/** A server whose upstream credentials use the scheme at `scheme` of [auth, ...moreAuth]. */
async function serve(secret: string, scheme?: number): Promise<TestServer> {
  const credentials = { baseUrl: `${gitlab.url}/api/v4`, accessToken: secret, ...(scheme ? { scheme } : {}) };
  return startTestServer(gitlab.url, {
    data,
    scope: { credentials: { ok: true, value: credentials } },
    runtime: { now: () => NOW },
  });
}

beforeAll(async () => {
  data = await compiledServerData('gitlab');
  gitlab = await startGitLab();
  server = await serve(GITLAB_TOKENS.header);
  client = await server.connect();
});
afterAll(async () => {
  await server.close();
  await gitlab.close();
});
beforeEach(() => {
  gitlab.requests.length = 0;
});

describe('GitLab through the SDK client', () => {
  it('serves the nine documented tools', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'add_gitlab_issue_note',
      'create_a_gitlab_issue',
      'get_single_gitlab_issue_by_id',
      'get_single_gitlab_project_by_id',
      'list_all_gitlab_issues',
      'list_all_gitlab_merge_requests',
      'list_all_gitlab_projects',
      'list_gitlab_issue_participants',
      'update_a_gitlab_issue_by_id',
    ]);
  });

  it('pages projects by Link header through next_cursor, with the PRIVATE-TOKEN header on every call', async () => {
    const { items, pages } = await listAll(client, 'list_all_gitlab_projects', { limit: 3 });
    expect(items).toEqual(PROJECTS);
    expect(pages).toBe(3);
    expect(gitlab.requests.map((r) => r.query.get('id_after'))).toEqual([null, '3', '6']);
    expect(gitlab.requests[0]?.rawQuery).toBe('pagination=keyset&order_by=id&sort=asc&per_page=3');
    for (const request of gitlab.requests) {
      expect(request.headers['private-token']).toBe(GITLAB_TOKENS.header);
    }
  });

  it('refuses a next link that leaves the API, and a forged cursor that climbs out of it', async () => {
    const elsewhere = await client.callTool({ name: 'list_all_gitlab_projects', arguments: { search: 'elsewhere' } });
    expect(elsewhere.isError).toBe(true);
    expect(firstJson(elsewhere).message).toContain('outside its own API');
    const forged = Buffer.from(
      JSON.stringify({ v: 1, t: tagOf(await firstCursor()), h: hashOf(await firstCursor()), c: '/../../admin/users' }),
    ).toString('base64url');
    gitlab.requests.length = 0;
    const refused = await client.callTool({
      name: 'list_all_gitlab_projects',
      arguments: { limit: 3, next_cursor: forged },
    });
    expect(refused.isError).toBe(true);
    expect(firstJson(refused)).toMatchObject({
      error: 'invalid_arguments',
      message: expect.stringContaining('does not point into this API'),
    });
    expect(gitlab.requests).toEqual([]);
  });

  it('refuses a path-traversal project id before any request', async () => {
    for (const project of ['..', '.']) {
      const result = await client.callTool({ name: 'get_single_gitlab_project_by_id', arguments: { project } });
      expect(firstJson(result)).toMatchObject({
        error: 'invalid_arguments',
        message: expect.stringContaining('"." or ".."'),
      });
    }
    expect(gitlab.requests).toEqual([]);
    const slashed = await client.callTool({
      name: 'get_single_gitlab_project_by_id',
      arguments: { project: 'acme/p2' },
    });
    expect(slashed.structuredContent).toMatchObject({ id: 2 });
    expect(gitlab.requests[0]?.rawPath).toBe('/api/v4/projects/acme%2Fp2');
  });

  it('pages issues by the X-Next-Page header, sending labels comma-joined and iids[] in brackets', async () => {
    const { items, pages } = await listAll(client, 'list_all_gitlab_issues', {
      project: '1',
      limit: 2,
      labels: ['bug', 'ui'],
      iids: [1, 2],
    });
    expect(items).toEqual(ISSUES);
    expect(pages).toBe(3);
    expect(gitlab.requests.map((r) => r.query.get('page'))).toEqual([null, '2', '3']);
    expect(gitlab.requests[0]?.rawQuery).toBe('labels=bug%2Cui&iids%5B%5D=1&iids%5B%5D=2&per_page=2');
  });

  it('pages merge requests by page number and stops at a short page', async () => {
    const { items, pages } = await listAll(client, 'list_all_gitlab_merge_requests', { project: '1', limit: 2 });
    expect(items).toEqual(MERGE_REQUESTS);
    expect(pages).toBe(3);
    expect(gitlab.requests.map((r) => `${r.query.get('page')}/${r.query.get('per_page')}`)).toEqual([
      '1/2',
      '2/2',
      '3/2',
    ]);
  });

  it('wraps an array payload as { data }', async () => {
    const result = await client.callTool({
      name: 'list_gitlab_issue_participants',
      arguments: { project: '1', issue_iid: 3 },
    });
    expect(result.structuredContent).toEqual({
      data: [
        { id: 1, username: 'root', name: 'Administrator' },
        { id: 2, username: 'jdoe', name: 'J. Doe' },
      ],
    });
  });

  it('sends writes form-encoded, with the documented Sudo header', async () => {
    const created = await client.callTool({
      name: 'create_a_gitlab_issue',
      arguments: { project: '1', title: 'Login fails', labels: ['bug', 'safari'], confidential: true, sudo: 'jdoe' },
    });
    expect(created.structuredContent).toMatchObject({ iid: 6, title: 'Login fails', labels: ['bug', 'safari'] });
    const [request] = gitlab.requests;
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.text).toBe('title=Login+fails&labels=bug%2Csafari&confidential=true');
    expect(request?.headers.sudo).toBe('jdoe');
    const closed = await client.callTool({
      name: 'update_a_gitlab_issue_by_id',
      arguments: { project: '1', issue_iid: 4, state_event: 'close', add_labels: ['done'] },
    });
    expect(closed.structuredContent).toMatchObject({ iid: 4, state: 'closed', labels: ['done'] });
    expect(gitlab.requests[1]?.text).toBe('add_labels=done&state_event=close');
  });

  it('combines the summary with per-field causes', async () => {
    const result = await client.callTool({
      name: 'create_a_gitlab_issue',
      arguments: { project: '1', title: 'Taken', labels: ['x'] },
    });
    expect(result.isError).toBe(true);
    expect(firstJson(result)).toEqual({
      error: 'upstream_error',
      status: 400,
      message: 'the upstream API answered 400: title: has already been taken; labels: is invalid',
    });
    const note = await client.callTool({
      name: 'add_gitlab_issue_note',
      arguments: { project: '1', issue_iid: 1, body: 'Fixed in !17.' },
    });
    expect(note.structuredContent).toMatchObject({ id: 77, body: 'Fixed in !17.' });
  });

  it('turns a throttled answer with an HTTP-date reset into delta seconds, deriving retry-after', async () => {
    const result = await client.callTool({ name: 'list_all_gitlab_projects', arguments: { search: 'throttle' } });
    expect(result.isError).toBe(true);
    expect(firstJson(result)).toMatchObject({
      error: 'rate_limited',
      status: 429,
      'ratelimit-limit': 2000,
      'ratelimit-remaining': 0,
      'ratelimit-reset': 42,
      'retry-after': 42,
    });
  });
});

describe('GitLab auth alternatives on the wire', () => {
  it.each([
    [
      'OAuth bearer token',
      GITLAB_TOKENS.bearer,
      1,
      (r: { headers: Record<string, unknown> }) => r.headers.authorization === `Bearer ${GITLAB_TOKENS.bearer}`,
    ],
    [
      'token in the query',
      GITLAB_TOKENS.query,
      2,
      (r: { rawQuery: string }) => r.rawQuery === `private_token=${GITLAB_TOKENS.query}`,
    ],
  ] as const)('%s', async (_, secret, scheme, seen) => {
    const other = await serve(secret, scheme);
    try {
      const alternative = await other.connect();
      const result = await alternative.callTool({
        name: 'get_single_gitlab_issue_by_id',
        arguments: { project: '1', issue_iid: 99 },
      });
      expect(JSON.stringify(result)).not.toContain(secret);
      const request = gitlab.requests.at(-1)!;
      expect(seen(request as never)).toBe(true);
      expect(request.headers['private-token']).toBeUndefined();
    } finally {
      await other.close();
    }
  });
});

describe('a token in the query and Link paging', () => {
  it('never puts the echoed private_token into next_cursor, and sends it exactly once per call', async () => {
    const other = await serve(GITLAB_TOKENS.query, 2);
    try {
      const alternative = await other.connect();
      const cursors: string[] = [];
      let cursor: string | null = null;
      const items: unknown[] = [];
      do {
        const result = await alternative.callTool({
          name: 'list_all_gitlab_projects',
          arguments: { limit: 3, ...(cursor ? { next_cursor: cursor } : {}) },
        });
        expect(JSON.stringify(result)).not.toContain(GITLAB_TOKENS.query);
        const page = result.structuredContent as { data: unknown[]; next_cursor: string | null };
        items.push(...page.data);
        cursor = page.next_cursor;
        if (cursor) {
          cursors.push(Buffer.from(cursor, 'base64url').toString('utf8'));
        }
      } while (cursor);
      expect(items).toEqual(PROJECTS);
      for (const opened of cursors) {
        expect(opened).not.toContain('private_token');
      }
      for (const request of gitlab.requests) {
        expect(request.query.getAll('private_token')).toEqual([GITLAB_TOKENS.query]);
      }
    } finally {
      await other.close();
    }
  });
});

/** A real first-page cursor of list_all_gitlab_projects, to forge a variant of. */
async function firstCursor(): Promise<Record<string, unknown>> {
  const result = await client.callTool({ name: 'list_all_gitlab_projects', arguments: { limit: 3 } });
  const cursor = (result.structuredContent as { next_cursor: string }).next_cursor;
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
}
const tagOf = (cursor: Record<string, unknown>) => cursor.t;
const hashOf = (cursor: Record<string, unknown>) => cursor.h;
