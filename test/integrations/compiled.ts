/** Compiles a fixture integration in memory and returns what its server serves (tools.json). */
import type { ServerData } from 'saas-mcp-runtime';
import { compile } from '../../generator/compile.js';
import { load } from '../../generator/pipeline/load.js';

export async function compiledServerData(fixture: string): Promise<ServerData> {
  const result = await compile(await load(`test/fixtures/specs/${fixture}`));
  if (result.diagnostics.length > 0) {
    throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  }
  const file = result.files.find((f) => f.path.endsWith('/tools.json'));
  if (!file) {
    throw new Error(`no tools.json for ${fixture}`);
  }
  return JSON.parse(file.contents) as ServerData;
}
