/**
 * The public entries of the built workspace packages, imported as a consumer imports them (through
 * the `exports` map of each package.json), against what their READMEs say they export: every export
 * is documented, and every documented name is exported (as a value, or as a type in the .d.ts).
 * Every entry of the `exports` maps has its README paragraph; `/host` lists no names in the README,
 * so it is checked against its one named promise and what the hosting package imports from it.
 * Needs `npm run build` (npm test runs it first).
 */
import { readdirSync, readFileSync } from 'node:fs';
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

/** The specifiers a package's `exports` map makes importable (package.json aside). */
function exportedEntries(name: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(REPO, PACKAGES[name] ?? '', 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };
  return Object.keys(manifest.exports)
    .filter((key) => key !== './package.json')
    .map((key) => (key === '.' ? name : `${name}/${key.slice(2)}`))
    .sort();
}

/** Every name the hosting package's sources import from `saas-mcp-runtime/host`. */
function importedFromHost(): string[] {
  const root = path.join(REPO, 'templates/hosting/src');
  const names = new Set<string>();
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f))) {
    const text = readFileSync(path.join(root, file), 'utf8');
    for (const [, list = ''] of text.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'saas-mcp-runtime\/host'/g)) {
      for (const item of list.split(',')) {
        const name = item
          .trim()
          .replace(/^type\s+/, '')
          .split(/\s+as\s+/)[0];
        if (name) {
          names.add(name);
        }
      }
    }
  }
  return [...names].sort();
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

  it("saas-mcp-runtime/cli: only `main`, the same function as the root entry's", async () => {
    expect(block(runtimeReadme, '**`saas-mcp-runtime/cli`** (`src/cli/main.ts`)')).toContain(
      'the same `main` as the root entry',
    );
    const cli = await import(pathToFileURL(entryFile('saas-mcp-runtime/cli')).href);
    const root = await import(pathToFileURL(entryFile('saas-mcp-runtime')).href);
    expect(Object.keys(cli).sort()).toEqual(['main']);
    expect(cli.main).toBe(root.main);
  });

  it('saas-mcp-runtime/host: the HostingModule contract, and what saas-mcp-hosting imports from it', async () => {
    // The README names no list for this entry (it changes with the hosting package): what it
    // promises is the contract type and the pieces the hosting package builds on.
    const file = entryFile('saas-mcp-runtime/host');
    const declarations = readFileSync(file.replace(/\.js$/, '.d.ts'), 'utf8');
    expect(declarations).toMatch(/\bHostingModule\b/);
    const values = Object.keys(await import(pathToFileURL(file).href));
    const imported = importedFromHost();
    expect(imported.length, 'the hosting sources import from saas-mcp-runtime/host').toBeGreaterThan(10);
    const missing = imported.filter(
      (name) => !values.includes(name) && !new RegExp(`\\b${name}\\b`).test(declarations),
    );
    expect(missing, 'saas-mcp-hosting imports what saas-mcp-runtime/host does not export').toEqual([]);
  });

  it('every entry of the exports maps has its paragraph in the README, and no paragraph names another', () => {
    const headed = (readme: string, name: string) =>
      [...readme.matchAll(new RegExp(`^\\*\\*\`(${name}(?:/[a-z]+)?)\`\\*\\*`, 'gm'))].map((m) => m[1]).sort();
    expect(headed(runtimeReadme, 'saas-mcp-runtime')).toEqual(exportedEntries('saas-mcp-runtime'));
    expect(exportedEntries('saas-mcp-hosting')).toEqual(['saas-mcp-hosting']);
    expect(hostingReadme).toContain('`saas-mcp-hosting` (`src/index.ts`) exports exactly');
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

  it("the runtime README counts the exports map's entries right", () => {
    const manifest = JSON.parse(readFileSync(path.join(REPO, 'templates/runtime/package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const count = Object.keys(manifest.exports).filter((key) => key !== './package.json').length;
    const said = /The `exports` map has (\w+) entries/.exec(runtimeReadme)?.[1];
    expect(said).toBe(['zero', 'one', 'two', 'three', 'four', 'five', 'six'][count]);
  });
});
