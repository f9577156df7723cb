/**
 * End to end: GitHub's own OpenAPI document (issues tag) imported, reviewed the way the report
 * asks (the document declares no security scheme, so the auth line is edited), compiled by the
 * unchanged generator and served through a real SDK client over Streamable HTTP against the
 * GitHub stand-in.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { ServerData } from 'saas-mcp-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { type ImportResult, importOpenApi } from '../../generator/import-openapi/import.js';
import { fsStorage } from '../../generator/io/storage.js';
import { load } from '../../generator/pipeline/load.js';
import { GH_ISSUES, GITHUB_TOKEN, startGitHub } from '../integrations/github-standin.js';
import type { StandIn } from '../integrations/standin.js';
import { startTestServer, type TestServer } from '../runtime/harness.js';
import { firstJson, listEveryPage } from '../runtime/listing.js';
import { tempDir } from './harness.js';
import { VENDORS } from './vendors.js';

let github: StandIn;
let server: TestServer;
let client: Client;
let imported: ImportResult;
let data: ServerData;

beforeAll(async () => {
  const vendor = VENDORS.find((v) => v.integration === 'github')!;
  const specs = path.join(await tempDir(), 'specs');
  imported = await importOpenApi({
    file: vendor.file,
    integration: 'github',
    storage: fsStorage(specs),
    tags: vendor.tags,
  });
  const integrationFile = path.join(specs, 'github/integration.yaml');
  const text = await readFile(integrationFile, 'utf8');
  await writeFile(
    integrationFile,
    text.replace(
      /^auth:\n( {2}.*\n)+/m,
      'auth: { type: api_key, in: header, name: Authorization, scheme: token, key_env: GITHUB_TOKEN }\n',
    ),
  );
  const compiled = await compile(await load(path.join(specs, 'github'), '/'));
  expect(compiled.diagnostics).toEqual([]);
  data = JSON.parse(compiled.files.find((f) => f.path.endsWith('/tools.json'))!.contents) as ServerData;
  github = await startGitHub();
  server = await startTestServer(github.url, {
    data,
    scope: { credentials: { ok: true, value: { baseUrl: github.url, accessToken: GITHUB_TOKEN } } },
  });
  client = await server.connect();
}, 120_000);
afterAll(async () => {
  await server?.close();
  await github?.close();
});
beforeEach(() => {
  github.requests.length = 0;
});

describe('an imported GitHub integration through the SDK client', () => {
  it('serves every documented operation the import reported as a tool', async () => {
    const names = (await client.listTools()).tools.map((t) => t.name).sort();
    expect(names).toEqual(
      imported.imported
        .filter((i) => i.documented)
        .map((i) => i.tool)
        .sort(),
    );
    expect(names).toContain('list_github_issues_for_repo');
  });

  it("pages a repository's issues by the Link header the document declares", async () => {
    const { items, pages } = await listEveryPage(client, 'list_github_issues_for_repo', {
      owner: 'octo-org',
      repo: 'r1',
      labels: 'bug',
      limit: 3,
    });
    expect(items).toEqual(GH_ISSUES);
    expect(pages).toBe(2);
    expect(github.requests.map((r) => `${r.method} ${r.rawPath}?${r.rawQuery}`)).toEqual([
      'GET /repos/octo-org/r1/issues?labels=bug&per_page=3',
      'GET /repositories/1001/issues?per_page=3&page=2',
    ]);
    for (const request of github.requests) {
      expect(request.headers.authorization).toBe(`token ${GITHUB_TOKEN}`);
    }
  });

  it('creates an issue with the body fields the vendor documents', async () => {
    const result = await client.callTool({
      name: 'create_a_github_issue',
      arguments: { owner: 'octo-org', repo: 'r1', title: 'Broken build', labels: ['bug'] },
    });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ number: 5, title: 'Broken build' });
    expect(JSON.parse(github.requests[0]!.text)).toEqual({ title: 'Broken build', labels: ['bug'] });
  });

  it('refuses an argument the document does not declare, before any request', async () => {
    const result = await client.callTool({
      name: 'create_a_github_issue',
      arguments: { owner: 'octo-org', repo: 'r1', title: 'x', colour: 'red' },
    });
    expect(firstJson(result)).toMatchObject({ error: 'invalid_arguments' });
    expect(github.requests).toEqual([]);
  });
});
