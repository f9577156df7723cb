/**
 * The GitHub fixture integration, compiled from test/fixtures/specs/github and served through a
 * real SDK client over Streamable HTTP against the GitHub stand-in.
 */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../runtime/harness.js';
import { firstJson, listEveryPage } from '../runtime/listing.js';
import { compiledServerData } from './compiled.js';
import { GH_ISSUES, GH_RESET_AT, GITHUB_TOKEN, REPOS, startGitHub } from './github-standin.js';
import type { StandIn } from './standin.js';

let github: StandIn;
let server: TestServer;
let client: Client;

beforeAll(async () => {
  github = await startGitHub();
  const data = await compiledServerData('github');
  const credentials = { baseUrl: github.url, accessToken: GITHUB_TOKEN };
  const now = () => new Date((GH_RESET_AT - 600) * 1000);
  server = await startTestServer(github.url, {
    data,
    scope: { credentials: { ok: true, value: credentials } },
    runtime: { now },
  });
  client = await server.connect();
});
afterAll(async () => {
  await server.close();
  await github.close();
});
beforeEach(() => {
  github.requests.length = 0;
});

describe('GitHub through the SDK client', () => {
  it('serves nine documented tools', async () => {
    expect((await client.listTools()).tools).toHaveLength(9);
  });

  it('follows Link headers to another path of the same API, sending "Authorization: token" each time', async () => {
    const { items, pages } = await listEveryPage(client, 'list_all_github_repos', { org: 'octo-org', limit: 2 });
    expect(items).toEqual(REPOS);
    expect(pages).toBe(3);
    expect(github.requests.map((r) => `${r.rawPath}?${r.rawQuery}`)).toEqual([
      '/orgs/octo-org/repos?per_page=2',
      '/organizations/99/repos?per_page=2&page=2',
      '/organizations/99/repos?per_page=2&page=3',
    ]);
    for (const request of github.requests) {
      expect(request.headers.authorization).toBe(`token ${GITHUB_TOKEN}`);
    }
  });

  it('sends issue labels comma-joined and pages by Link header', async () => {
    const { items } = await listEveryPage(client, 'list_all_github_issues', {
      owner: 'octo-org',
      repo: 'r1',
      labels: ['bug', 'ui'],
      limit: 3,
    });
    expect(items).toEqual(GH_ISSUES);
    expect(github.requests[0]?.rawQuery).toBe('labels=bug%2Cui&per_page=3');
  });

  it('pages search results by page number until total_count is reached', async () => {
    const { items, pages } = await listEveryPage(client, 'search_github_issues', {
      q: 'repo:octo-org/r1 is:open',
      limit: 2,
    });
    expect(items).toEqual(GH_ISSUES);
    expect(pages).toBe(2);
  });

  it('wraps the labels array payload as { data }', async () => {
    const result = await client.callTool({
      name: 'add_github_issue_labels',
      arguments: { owner: 'octo-org', repo: 'r1', issue_number: 2, labels: ['ui'] },
    });
    expect(result.structuredContent).toEqual({
      data: [
        { id: 1, name: 'bug', color: 'f29513' },
        { id: 2, name: 'ui', color: 'f29513' },
      ],
    });
  });

  it('says "Validation Failed" with each field and code', async () => {
    const result = await client.callTool({
      name: 'create_a_github_issue',
      arguments: { owner: 'octo-org', repo: 'r1', title: 'Duplicate', labels: ['nope'] },
    });
    expect(firstJson(result)).toEqual({
      error: 'upstream_error',
      status: 422,
      message: 'Validation Failed: title: already_exists; labels: Label does not exist',
    });
  });

  it('treats 403 with x-ratelimit-remaining 0 as throttling: epoch reset as delta seconds, retry-after derived', async () => {
    const result = await client.callTool({ name: 'search_github_issues', arguments: { q: 'exhausted' } });
    expect(firstJson(result)).toMatchObject({
      error: 'rate_limited',
      status: 429,
      upstream_status: 403,
      'ratelimit-limit': 30,
      'ratelimit-remaining': 0,
      'ratelimit-reset': 600,
      'retry-after': 600,
    });
  });

  it('refuses a path-traversal repository name before any request', async () => {
    const result = await client.callTool({
      name: 'get_single_github_repo_by_id',
      arguments: { owner: 'octo-org', repo: '..' },
    });
    expect(firstJson(result)).toMatchObject({
      error: 'invalid_arguments',
      message: expect.stringContaining('"." or ".."'),
    });
    expect(github.requests).toEqual([]);
  });
});
