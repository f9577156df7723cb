/**
 * The overwrite rule and the second import: a file the importer wrote and nobody edited is
 * replaced; an edited one stops the import (nothing written) unless --force; a newer document
 * shows which operations were added, removed and changed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../generator/cli.js';
import { doc, importDoc, tempDir } from './harness.js';

const ok = {
  '200': {
    description: 'ok',
    content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } },
  },
};
const op = (text: string, extra: object = {}) => ({
  summary: text,
  description: `${text} in the Acme account.`,
  responses: ok,
  ...extra,
});
const v1 = doc({
  '/widgets': { post: op('Create a widget') },
  '/widgets/{id}': {
    parameters: [
      { name: 'id', in: 'path', required: true, description: 'The widget identifier.', schema: { type: 'string' } },
    ],
    get: op('Get a widget'),
  },
  '/gadgets': { post: op('Create a gadget') },
});
const v2 = doc({
  '/widgets': { post: op('Create a widget, now with a colour') },
  '/widgets/{id}': {
    parameters: [
      { name: 'id', in: 'path', required: true, description: 'The widget identifier.', schema: { type: 'string' } },
    ],
    get: op('Get a widget'),
  },
  '/sprockets': { post: op('Create a sprocket') },
});

describe('writing the specs folder', () => {
  it('re-imports over its own untouched files and reports what changed in the document', async () => {
    const first = await importDoc(v1);
    expect(first.result.changes).toBeUndefined();
    expect(first.result.write.changes.map((c) => `${c.kind} ${c.path}`)).toEqual([
      'created acme/docs/gadgets.yaml',
      'created acme/docs/widgets.yaml',
      'created acme/integration.yaml',
      'created acme/openapi-import.json',
      'created acme/resources/gadgets.yaml',
      'created acme/resources/widgets.yaml',
    ]);
    const again = await importDoc(v1, { root: first.root });
    expect(again.result.changes).toEqual({ added: [], removed: [], changed: [] });
    expect(again.result.write.changes).toEqual([]);

    const second = await importDoc(v2, { root: first.root });
    expect(second.result.changes).toEqual({
      added: ['POST /sprockets'],
      removed: ['POST /gadgets'],
      changed: ['POST /widgets'],
    });
    expect(second.result.write.changes.map((c) => `${c.kind} ${c.path}`)).toEqual(
      [
        'created acme/docs/sprockets.yaml',
        'deleted acme/docs/gadgets.yaml',
        'updated acme/docs/widgets.yaml',
        'updated acme/openapi-import.json',
        'created acme/resources/sprockets.yaml',
        'deleted acme/resources/gadgets.yaml',
      ].sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!)),
    );
  });

  it('refuses to overwrite a hand-edited file (writing nothing) until --force', async () => {
    const first = await importDoc(v1);
    const docsFile = path.join(first.root, 'specs/acme/docs/widgets.yaml');
    const edited = (await readFile(docsFile, 'utf8')).replace(
      'Get a widget in the Acme account.',
      'Get one widget by its id; ours now.',
    );
    await writeFile(docsFile, edited);
    const before = await readFile(path.join(first.root, 'specs/acme/openapi-import.json'), 'utf8');

    const refused = await importDoc(v2, { root: first.root });
    expect(refused.result.write.edited).toEqual(['acme/docs/widgets.yaml']);
    expect(await readFile(docsFile, 'utf8')).toBe(edited);
    expect(await readFile(path.join(first.root, 'specs/acme/openapi-import.json'), 'utf8')).toBe(before);
    await expect(readFile(path.join(first.root, 'specs/acme/resources/sprockets.yaml'), 'utf8')).rejects.toThrow(
      /ENOENT/,
    );

    const forced = await importDoc(v2, { root: first.root, force: true });
    expect(forced.result.write.edited).toEqual([]);
    expect(await readFile(docsFile, 'utf8')).toContain('Create a widget, now with a colour');
  });

  it('keeps an edited file the new document no longer produces', async () => {
    const first = await importDoc(v1);
    const gadgets = path.join(first.root, 'specs/acme/docs/gadgets.yaml');
    await writeFile(gadgets, `${await readFile(gadgets, 'utf8')}# my note\n`);
    const second = await importDoc(v2, { root: first.root });
    expect(second.result.write.kept).toEqual(['acme/docs/gadgets.yaml']);
    expect(await readFile(gadgets, 'utf8')).toContain('# my note');
  });

  it('the CLI prints the report and the generator gate, and exits 1 on an edited file', async () => {
    const root = await tempDir();
    await writeFile(path.join(root, 'acme.json'), JSON.stringify(v1));
    const out: string[] = [];
    const args = [
      'import-openapi',
      path.join(root, 'acme.json'),
      '--integration',
      'acme',
      '--specs',
      path.join(root, 'specs'),
    ];
    expect(
      await main(
        args,
        (s) => out.push(s),
        (s) => out.push(s),
      ),
    ).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/import-openapi: Acme 1\.0\.0 \(OpenAPI 3\.0, 1 KB\) -> .*acme in \d+ ms/);
    expect(text).toContain(
      "3 of 3 operations selected; 3 imported (3 with the vendor's own description, 0 without), 0 skipped",
    );
    expect(text).toContain('imported get_single_acme_widget_by_id <- GET /widgets/{id}');
    expect(text).toContain('the generator makes 3 tools from it (0 methods skipped)');

    await writeFile(
      path.join(root, 'specs/acme/integration.yaml'),
      (await readFile(path.join(root, 'specs/acme/integration.yaml'), 'utf8')).replace(
        'display_name: Acme',
        'display_name: Acme Corp',
      ),
    );
    await writeFile(
      path.join(root, 'acme.json'),
      JSON.stringify({ ...v1, info: { title: 'Acme API', version: '1.1.0' } }),
    );
    out.length = 0;
    expect(
      await main(
        args,
        (s) => out.push(s),
        (s) => out.push(s),
      ),
    ).toBe(1);
    expect(out.join('\n')).toContain(
      'refused: 1 file(s) were edited since the last import; nothing was written (--force overwrites them):\n    acme/integration.yaml',
    );
    out.length = 0;
    expect(
      await main(
        [...args, '--force'],
        (s) => out.push(s),
        (s) => out.push(s),
      ),
    ).toBe(0);
    expect(out.join('\n')).toContain('updated: acme/integration.yaml');
  });
});
