/**
 * The public entries of the built workspace packages, imported as a consumer imports them (through
 * the `exports` map of each package.json), against what their READMEs say they export: every export
 * is documented, and every documented name is exported (as a value, or as a type in the .d.ts).
 * Needs `npm run build` (npm test runs it first).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '../..');
const IDENTIFIER = /^[A-Za-z_$][\w$]*/;

const PACKAGES: Record<string, string> = {
  'saas-mcp-runtime': 'templates/runtime',
  'saas-mcp-hosting': 'templates/hosting',
};

/** The file an ESM import of a workspace package's entry loads: its `exports` map's `import` target. */
function entryFile(specifier: string): string {
  const [name = '', sub] = specifier.startsWith('saas-mcp-runtime/')
    ? ['saas-mcp-runtime', specifier.slice('saas-mcp-runtime/'.length)]
    : [specifier];
  const dir = PACKAGES[name];
  if (!dir) {
    throw new Error(`not a workspace package: ${specifier}`);
  }
  const manifest = JSON.parse(readFileSync(path.join(REPO, dir, 'package.json'), 'utf8')) as {
    exports: Record<string, { import?: string } | string>;
  };
  const target = manifest.exports[sub === undefined ? '.' : `./${sub}`];
  if (typeof target !== 'object' || !target.import) {
    throw new Error(`${specifier} is not exported`);
  }
  return path.join(REPO, dir, target.import);
}

/** Backticked identifiers of a README block: the first column of its table rows, or its prose. */
function documentedNames(block: string): string[] {
  const rows = block
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| export') && !line.startsWith('|---'));
  const text = rows.length > 0 ? rows.map((row) => row.split('|')[1] ?? '').join(' ') : block;
  const names = [...text.matchAll(/`([^`]+)`/g)]
    .map((m) => m[1] ?? '')
    .filter((t) => !t.includes('/') && !t.endsWith('.ts'));
  return [...new Set(names.map((t) => IDENTIFIER.exec(t)?.[0]).filter((n): n is string => n !== undefined))].sort();
}

/** The README text from a heading line to the next blank line after a table or paragraph. */
function block(readme: string, start: string): string {
  const from = readme.indexOf(start);
  expect(from, `README has no "${start}"`).toBeGreaterThanOrEqual(0);
  const rest = readme.slice(from + start.length);
  const end = rest.search(/\n\n(?!\|)/);
  return rest.slice(0, end < 0 ? undefined : end + 1);
}

async function checkEntry(specifier: string, names: string[]): Promise<void> {
  const file = entryFile(specifier);
  const values = Object.keys(await import(pathToFileURL(file).href)).sort();
  const declarations = readFileSync(file.replace(/\.js$/, '.d.ts'), 'utf8');
  const undocumented = values.filter((v) => !names.includes(v));
  expect(undocumented, `${specifier} exports what its README does not list`).toEqual([]);
  const missing = names.filter((n) => !values.includes(n) && !new RegExp(`\\b${n}\\b`).test(declarations));
  expect(missing, `${specifier}: the README lists what the entry does not export`).toEqual([]);
}

describe('public entries match their READMEs', () => {
  const runtimeReadme = readFileSync(path.join(REPO, 'templates/runtime/README.md'), 'utf8');
  const hostingReadme = readFileSync(path.join(REPO, 'templates/hosting/README.md'), 'utf8');

  it('saas-mcp-runtime', async () => {
    await checkEntry(
      'saas-mcp-runtime',
      documentedNames(block(runtimeReadme, '**`saas-mcp-runtime`** (`src/index.ts`)')),
    );
  });

  it('saas-mcp-runtime/contract', async () => {
    await checkEntry(
      'saas-mcp-runtime/contract',
      documentedNames(block(runtimeReadme, '**`saas-mcp-runtime/contract`** (`src/contract.ts`)')),
    );
  });

  it('saas-mcp-hosting exports exactly what the runtime loads', async () => {
    await checkEntry('saas-mcp-hosting', documentedNames(block(hostingReadme, 'checked at compile time:')));
  });

  it('nothing else of dist/ is reachable: the exports maps name only the entries', () => {
    for (const dir of ['templates/runtime', 'templates/hosting']) {
      const manifest = JSON.parse(readFileSync(path.join(REPO, dir, 'package.json'), 'utf8')) as {
        exports: Record<string, unknown>;
      };
      const entries = Object.keys(manifest.exports).filter((key) => key !== './package.json');
      expect(entries).toEqual(dir.endsWith('runtime') ? ['.', './cli', './contract', './host'] : ['.']);
    }
    expect(() => entryFile('saas-mcp-runtime/dist/calls/runtime.js')).toThrow();
  });
});
