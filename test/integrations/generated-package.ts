/**
 * A fixture integration as a generated package on disk (.tmp/pkg-<name>), run through its own bin
 * (src/cli.ts under tsx, on the built saas-mcp-runtime) and driven by an SDK client over stdio.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { compile } from '../../generator/compile.js';
import { load } from '../../generator/pipeline/load.js';
import { startStdioServer } from '../support/server.js';
import { ChildStdioTransport } from '../support/stdio-transport.js';

/** Writes the generated package of `test/fixtures/specs/<fixture>` and returns its directory. */
export async function writeGeneratedPackage(fixture: string): Promise<string> {
  const result = await compile(await load(`test/fixtures/specs/${fixture}`));
  if (result.diagnostics.length > 0) {
    throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  }
  const dir = `.tmp/pkg-${fixture}`;
  await rm(dir, { recursive: true, force: true });
  for (const file of result.files) {
    await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
    await writeFile(path.join(dir, file.path), file.contents);
  }
  return path.resolve(dir, `${fixture}-mcp-server`);
}

/**
 * An SDK client on the package's bin over stdio, with only PATH and `env` in its environment.
 * `redirect` sends one https origin to a local stand-in (see redirect-fetch.ts).
 */
export async function binClient(
  packageDir: string,
  env: Record<string, string>,
  redirect?: { from: string; to: string },
): Promise<Client> {
  const client = new Client({ name: 'fixture-test', version: '1.0.0' });
  const redirectEnv: Record<string, string> = redirect
    ? { TEST_FETCH_FROM: redirect.from, TEST_FETCH_TO: redirect.to }
    : {};
  const server = startStdioServer(
    [],
    { ...redirectEnv, ...env },
    {
      script: path.join(packageDir, 'src/cli.ts'),
      imports: redirect ? [path.resolve('test/integrations/redirect-fetch.ts')] : [],
    },
  );
  const transport = new ChildStdioTransport(server);
  await client.connect(transport);
  return client;
}
