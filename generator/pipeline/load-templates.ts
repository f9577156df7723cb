import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the generated package is made from besides the specs: prose and manifest templates, pinned versions. */
export interface Templates {
  /** templates/package/*.hbs, by file name without `.hbs`. */
  package: { [file: string]: string };
  /** Versions the repo tests with, pinned into the generated package.json. */
  versions: { [pkg: string]: string };
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The generated package's own dev dependencies (its build); the runtime brings everything it runs on. */
const PINNED = ['@types/node', 'typescript'];

/** Reads the templates that ship with the generator (not the user's working directory). */
export async function loadTemplates(root = REPO_ROOT): Promise<Templates> {
  const packageDir = path.join(root, 'templates/package');
  const pkg: Templates['package'] = {};
  for (const name of (await readdir(packageDir)).filter((n) => n.endsWith('.hbs')).sort()) {
    pkg[name.slice(0, -'.hbs'.length)] = await readFile(path.join(packageDir, name), 'utf8');
  }
  const rootPackage = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  const all = { ...rootPackage.dependencies, ...rootPackage.devDependencies };
  const versions = Object.fromEntries(PINNED.map((p) => [p, all[p] ?? '*']));
  return { package: pkg, versions };
}
