import type { GeneratedFile } from '../emit/emit.js';
import { renderTemplate } from '../emit/handlebars.js';
import { headerText, markdownHeader, runtimeFileHeader } from '../emit/header.js';
import type { Templates } from '../pipeline/load-templates.js';
import { runtimeIdentity } from './release.js';
import { licenseText } from '../emit/publish.js';

const SOURCE = 'templates/runtime';

/** Dependencies of the runtime itself; generated integration packages depend only on the runtime. */
export function runtimeDependencies(templates: Templates) {
  const v = templates.versions;
  return {
    dependencies: {
      '@modelcontextprotocol/node': v['@modelcontextprotocol/node'],
      '@modelcontextprotocol/server': v['@modelcontextprotocol/server'],
      '@modelcontextprotocol/server-legacy': v['@modelcontextprotocol/server-legacy'],
      // The v1 SDK's OAuth authorization-server handlers, on the Express they need (`--oauth`).
      '@modelcontextprotocol/sdk': v['@modelcontextprotocol/sdk'],
      express: v.express,
      ajv: v.ajv,
      'ajv-formats': v['ajv-formats'],
      minisearch: v.minisearch,
      // The store drivers of `--store sqlite:PATH` / `postgres://...`; loaded only when a store is used.
      'better-sqlite3': v['better-sqlite3'],
      pg: v.pg,
    },
    devDependencies: {
      '@types/better-sqlite3': v['@types/better-sqlite3'],
      '@types/node': v['@types/node'],
      '@types/pg': v['@types/pg'],
      // The admin page (/admin): Preact, bundled by esbuild in this package's build.
      esbuild: v.esbuild,
      preact: v.preact,
      typescript: v.typescript,
    },
  };
}

function template(templates: Templates, name: string): string {
  const source = templates.package[name];
  if (source === undefined) throw new Error(`missing template templates/package/${name}.hbs`);
  return source;
}

/**
 * `generated/<runtime name>/`: the runtime as its own npm package (an npm workspace of this repo),
 * made from templates/runtime/ alone: the same files whatever the specs are.
 */
export function emitRuntimePackage(templates: Templates): GeneratedFile[] {
  const { name, version } = runtimeIdentity(templates);
  const header = headerText(SOURCE);
  const view = { header, name, version, ...runtimeDependencies(templates) };
  const files: GeneratedFile[] = [
    { path: 'package.json', contents: renderTemplate('runtime-package.json', template(templates, 'runtime-package.json'), view) },
    { path: 'tsconfig.json', contents: renderTemplate('tsconfig.json', template(templates, 'tsconfig.json'), { header }) },
    { path: 'LICENSE', contents: licenseText(`the authors of ${name} and of the MCP server generator`) },
    ...Object.entries(templates.runtimeDocs).map(([file, text]) => ({ path: file, contents: `${markdownHeader(`${SOURCE}/${file}`)}${text}` })),
    ...Object.entries(templates.runtime).map(([file, text]) => ({ path: `src/${file}`, contents: `${runtimeFileHeader(file, `${SOURCE}/${file}`)}${text}` })),
  ];
  return files.map((f) => ({ ...f, path: `${name}/${f.path}` })).sort((a, b) => a.path.localeCompare(b.path));
}
