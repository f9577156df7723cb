import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSource, type SourceDoc, type SourceKind, type SpecSources } from '../../generator/pipeline/load.js';

/**
 * Loads a base fixture integration with a case folder laid over it: files in the case folder
 * replace or add to the base, and a `REMOVE` file lists base files to leave out. Paths in
 * diagnostics are the real files, so a reader can open them.
 */
export async function loadOverlay(baseDir: string, caseDir: string): Promise<SpecSources> {
  const files = new Map<string, string>();
  for (const rel of await listYaml(baseDir)) {
    files.set(rel, `${baseDir}/${rel}`);
  }
  const removed = (await readFile(`${caseDir}/REMOVE`, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  for (const rel of removed) {
    files.delete(rel);
  }
  for (const rel of await listYaml(caseDir)) {
    files.set(rel, `${caseDir}/${rel}`);
  }
  const docs: SourceDoc[] = [];
  for (const rel of [...files.keys()].sort(byLoadOrder)) {
    const file = files.get(rel)!;
    docs.push(parseSource(kindOf(rel), file, await readFile(file, 'utf8')));
  }
  return { dir: baseDir, docs };
}

async function listYaml(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const sub of ['', 'resources', 'docs']) {
    const names = await readdir(path.join(dir, sub)).catch(() => [] as string[]);
    for (const n of names.filter((n) => n.endsWith('.yaml'))) {
      out.push(sub ? `${sub}/${n}` : n);
    }
  }
  return out;
}

function kindOf(rel: string): SourceKind {
  return rel.startsWith('resources/') ? 'resource' : rel.startsWith('docs/') ? 'docs' : 'integration';
}

/** integration.yaml first, then resources, then docs: the order `load` uses. */
function byLoadOrder(a: string, b: string): number {
  const rank = (r: string) => (kindOf(r) === 'integration' ? 0 : kindOf(r) === 'resource' ? 1 : 2);
  return rank(a) - rank(b) || a.localeCompare(b);
}
