/**
 * The generated Zendesk package's own bin (src/cli.ts, run with tsx) as a child process: `--help`
 * names every scheme's variables, and over stdio the scheme is picked from the environment.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binClient, writeGeneratedPackage } from './generated-package.js';
import type { StandIn } from './standin.js';
import { startZendesk, ZENDESK, type ZendeskState } from './zendesk-standin.js';

let dir: string;
let BIN: string;
let zendesk: StandIn & { state: ZendeskState };

beforeAll(async () => {
  dir = await writeGeneratedPackage('zendesk');
  BIN = path.join(dir, 'src/cli.ts');
  zendesk = await startZendesk();
});
afterAll(async () => {
  await zendesk.close();
});

function stdioClient(env: Record<string, string>): Promise<Client> {
  return binClient(dir, { ZENDESK_BASE_URL: zendesk.url, ...env });
}

describe('the generated zendesk-mcp-server bin', () => {
  it('--help names the variables of each auth scheme', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', BIN, '--help']);
    for (const name of [
      'ZENDESK_USERNAME',
      'ZENDESK_API_TOKEN',
      'ZENDESK_CLIENT_ID',
      'ZENDESK_CLIENT_SECRET',
      'ZENDESK_OAUTH_TOKEN',
    ]) {
      expect(stdout).toContain(name);
    }
  });

  it.each([
    [
      'basic',
      { ZENDESK_USERNAME: ZENDESK.username, ZENDESK_API_TOKEN: ZENDESK.apiToken },
      `Basic ${Buffer.from(`${ZENDESK.username}:${ZENDESK.apiToken}`).toString('base64')}`,
    ],
    [
      'client credentials',
      { ZENDESK_CLIENT_ID: ZENDESK.clientId, ZENDESK_CLIENT_SECRET: ZENDESK.clientSecret },
      /^Bearer zd-cc-token-\d+$/,
    ],
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
