/**
 * The generated Zendesk package's own bin (src/cli.ts, run with tsx) as a child process: `--help`
 * names every scheme's variables, and over stdio the scheme is picked from the environment.
 */
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { load } from '../../generator/pipeline/load.js';
import type { StandIn } from './standin.js';
import { ZENDESK, startZendesk, type ZendeskState } from './zendesk-standin.js';

const DIR = '.tmp/bin-zendesk';
const BIN = path.resolve(DIR, 'zendesk-mcp-server/src/cli.ts');
let zendesk: StandIn & { state: ZendeskState };

beforeAll(async () => {
  const result = await compile(await load('test/fixtures/specs/zendesk'));
  await rm(DIR, { recursive: true, force: true });
  for (const file of result.files) {
    await mkdir(path.dirname(path.join(DIR, file.path)), { recursive: true });
    await writeFile(path.join(DIR, file.path), file.contents);
  }
  zendesk = await startZendesk();
});
afterAll(async () => {
  await zendesk.close();
});

async function stdioClient(env: Record<string, string>): Promise<Client> {
  const client = new Client({ name: 'bin-test', version: '1.0.0' });
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', 'tsx', BIN],
    env: { PATH: process.env.PATH ?? '', ZENDESK_BASE_URL: zendesk.url, ...env },
    stderr: 'pipe',
  });
  await client.connect(transport);
  return client;
}

describe('the generated zendesk-mcp-server bin', () => {
  it('--help names the variables of each auth scheme', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', BIN, '--help']);
    for (const name of ['ZENDESK_USERNAME', 'ZENDESK_API_TOKEN', 'ZENDESK_CLIENT_ID', 'ZENDESK_CLIENT_SECRET', 'ZENDESK_OAUTH_TOKEN']) {
      expect(stdout).toContain(name);
    }
  });

  it.each([
    ['basic', { ZENDESK_USERNAME: ZENDESK.username, ZENDESK_API_TOKEN: ZENDESK.apiToken }, `Basic ${Buffer.from(`${ZENDESK.username}:${ZENDESK.apiToken}`).toString('base64')}`],
    ['client credentials', { ZENDESK_CLIENT_ID: ZENDESK.clientId, ZENDESK_CLIENT_SECRET: ZENDESK.clientSecret }, /^Bearer zd-cc-token-\d+$/],
    ['bearer', { ZENDESK_OAUTH_TOKEN: ZENDESK.oauthToken }, `Bearer ${ZENDESK.oauthToken}`],
  ])('over stdio with %s variables set, that scheme is on the wire', async (_, env, authorization) => {
    const client = await stdioClient(env);
    try {
      const result = await client.callTool({ name: 'get_single_zendesk_ticket_by_id', arguments: { ticket_id: 1 } });
      expect(result.structuredContent).toMatchObject({ id: 1 });
      expect(zendesk.requests.at(-1)?.headers.authorization).toMatch(authorization);
    } finally {
      await client.close();
    }
  });
});
