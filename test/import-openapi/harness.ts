/**
 * Imports a hand-written OpenAPI document into a fresh temporary spec root and runs the real
 * generator (load + compile) on what was written: every test sees both the import report and
 * whether the generator, unchanged, accepts the result.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ServerData } from 'saas-mcp-runtime';
import { parse } from 'yaml';
import { type CompileResult, compile } from '../../generator/compile.js';
import { type ImportOptions, type ImportResult, importOpenApi } from '../../generator/import-openapi/import.js';
import { fsStorage } from '../../generator/io/storage.js';
import { load } from '../../generator/pipeline/load.js';

export interface Imported {
  result: ImportResult;
  root: string;
  /** A written YAML file, parsed (header comments dropped). */
  yaml(file: string): Promise<Record<string, unknown>>;
  /** One docs entry as written (docs/<resource>.yaml -> resource -> method). */
  entry(resource: string, method: string): Promise<Record<string, Record<string, unknown>>>;
  compiled(): Promise<CompileResult>;
  tools(): Promise<ServerData>;
}

export const INFO = { title: 'Acme', version: '1.0.0' };

export function doc(paths: object, extra: object = {}): object {
  return { openapi: '3.0.3', info: INFO, servers: [{ url: 'https://api.acme.test/v1' }], paths, ...extra };
}

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'import-openapi-'));
}

/** Writes `document` (an object as JSON, a string as it is) and imports it as integration "acme". */
export async function importDoc(
  document: object | string,
  options: Partial<ImportOptions> & { root?: string; name?: string } = {},
): Promise<Imported> {
  const root = options.root ?? (await tempDir());
  const file = path.join(root, options.name ?? 'acme.json');
  await writeFile(file, typeof document === 'string' ? document : JSON.stringify(document));
  const specs = path.join(root, 'specs');
  const result = await importOpenApi({ file, integration: 'acme', storage: fsStorage(specs), ...options });
  const folder = path.join(specs, 'acme');
  const compiled = () => load(folder, '/').then((sources) => compile(sources));
  return {
    result,
    root,
    yaml: async (name) => parse(await readFile(path.join(folder, name), 'utf8')) as Record<string, unknown>,
    async entry(resource, method) {
      const docs = parse(await readFile(path.join(folder, `docs/${resource}.yaml`), 'utf8')) as Record<
        string,
        Record<string, Record<string, Record<string, unknown>>>
      >;
      return docs[resource]![method]!;
    },
    compiled,
    async tools() {
      const out = await compiled();
      if (out.diagnostics.length > 0) {
        throw new Error(out.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
      }
      const data = out.files.find((f) => f.path.endsWith('/tools.json'));
      return JSON.parse(data!.contents) as ServerData;
    },
  };
}

/** The compile result's diagnostics as `CODE message` lines (empty when the generator accepts the specs). */
export function problems(result: CompileResult): string[] {
  return result.diagnostics.map((d) => `${d.code} ${d.message}`);
}
