/** Unusable inputs: each gets its own message, and nothing is written. */
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../generator/cli.js';
import { doc, importDoc, tempDir } from './harness.js';

const ok = { '200': { description: 'ok' } };
const valid = doc({
  '/widgets': { get: { summary: 'List widgets', description: 'List the widgets of the account.', responses: ok } },
});

/** Runs the CLI on `text` saved as `name`; returns exit code, stderr and whether anything was written. */
async function cli(
  text: string,
  name = 'doc.yaml',
  extra: string[] = [],
): Promise<{ code: number; err: string; written: string[] }> {
  const root = await tempDir();
  await writeFile(path.join(root, name), text);
  const err: string[] = [];
  const code = await main(
    ['import-openapi', path.join(root, name), '--integration', 'acme', '--specs', path.join(root, 'specs'), ...extra],
    () => {},
    (s) => err.push(s),
  );
  const written = await readdir(path.join(root, 'specs'), { recursive: true }).catch(() => []);
  return { code, err: err.join('\n').replaceAll(root, '<dir>'), written };
}

describe('malformed documents', () => {
  it.each([
    ['bad YAML', 'openapi: 3.0.3\ninfo: [unclosed\n', 'doc.yaml', /<dir>\/doc\.yaml:3:1: not valid YAML \(/],
    ['bad JSON', '{"openapi": "3.0.3",', 'doc.json', /<dir>\/doc\.json: not valid JSON \(/],
    [
      'a list',
      '- openapi\n- 3.0.3\n',
      'doc.yaml',
      /an OpenAPI document is an object with an 'openapi' field, but this file holds a list/,
    ],
    ['a string', '"just text"', 'doc.json', /but this file holds a string/],
    [
      'Swagger 2.0',
      'swagger: "2.0"\ninfo: { title: T, version: "1" }\npaths: {}\n',
      'doc.yaml',
      /doc\.yaml is Swagger 2\.0, not OpenAPI 3: convert it first \(for example `npx swagger2openapi/,
    ],
    [
      'OpenAPI 4',
      'openapi: 4.0.0\ninfo: { title: T, version: "1" }\npaths: {}\n',
      'doc.yaml',
      /OpenAPI 4\.0\.0 is not supported \(3\.0 and 3\.1 are\)/,
    ],
    [
      'no version',
      'info: { title: T, version: "1" }\n',
      'doc.yaml',
      /no 'openapi' version field; is this an OpenAPI document\?/,
    ],
    [
      'a dangling $ref',
      JSON.stringify(
        doc({
          '/w': {
            get: {
              summary: 'List widgets of the account',
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: '#/components/schemas/Nope' } } },
                },
              },
            },
          },
        }),
      ),
      'doc.json',
      /a \$ref points nowhere: .*#\/components\/schemas\/Nope/,
    ],
    [
      'a $ref to a missing file',
      JSON.stringify(
        doc({
          '/w': {
            get: {
              summary: 'List widgets of the account',
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: './missing.yaml#/Thing' } } },
                },
              },
            },
          },
        }),
      ),
      'doc.json',
      /a \$ref to another file cannot be read: .*missing\.yaml/,
    ],
    [
      'a $ref to a URL',
      JSON.stringify(
        doc({
          '/w': {
            get: {
              summary: 'List widgets of the account',
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { $ref: 'https://schemas.acme.test/widget.json' } } },
                },
              },
            },
          },
        }),
      ),
      'doc.json',
      /a \$ref points at a URL \(https:\/\/schemas\.acme\.test\/widget\.json\); the importer reads no network/,
    ],
    [
      'an alias bomb',
      `openapi: 3.0.3\ninfo: { title: T, version: "1" }\na: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ).join('\n')}\npaths: {}\n`,
      'doc.yaml',
      /not valid YAML \(.*[Aa]lias/,
    ],
  ])('%s: a specific message, exit 2, nothing written', async (_what, text, name, message) => {
    const { code, err, written } = await cli(text, name);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toContain('nothing was written.');
    expect(written).toEqual([]);
  });

  it('refuses a missing file, a bad integration name, a bad --operations regex and an empty selection', async () => {
    const text = JSON.stringify(valid);
    expect((await cli(text, 'doc.json', ['--operations', '('])).err).toMatch(
      /--operations \(: not a regular expression/,
    );
    expect((await cli(text, 'doc.json', ['--tags', 'nothing'])).err).toMatch(
      /no operation of .* matches --tags nothing \(the document has 1\)/,
    );
    const err: string[] = [];
    expect(
      await main(
        ['import-openapi', '/nonexistent/doc.yaml', '--integration', 'acme'],
        () => {},
        (s) => err.push(s),
      ),
    ).toBe(2);
    expect(err.join('')).toContain('/nonexistent/doc.yaml: no such file');
    expect(
      await main(
        ['import-openapi', '/nonexistent/doc.yaml', '--integration', 'Acme-2'],
        () => {},
        (s) => err.push(s),
      ),
    ).toBe(2);
    expect(err.join('')).toContain('--integration Acme-2: use lower-case letters and digits');
    expect(
      await main(
        ['import-openapi', '--integration', 'acme'],
        () => {},
        (s) => err.push(s),
      ),
    ).toBe(2);
    expect(err.join('')).toContain('import-openapi takes one document and --integration NAME');
  });

  it('refuses a document over the size bound and a selection over the operation bound, writing nothing', async () => {
    await expect(importDoc(valid, { maxBytes: 100 })).rejects.toThrow(
      /is 0\.0 MB, more than the 0\.0 MB the importer reads; split the document/,
    );
    const many = doc(
      Object.fromEntries(
        Array.from({ length: 5 }, (_, i) => [
          `/w${i}`,
          { get: { summary: 'List widgets of the account', responses: ok } },
        ]),
      ),
    );
    await expect(importDoc(many, { maxOperations: 4 })).rejects.toThrow(
      /has 5 operations selected, more than 4 in one import; choose some with --tags or --operations/,
    );
  });

  it('resolves a $ref to another file (YAML beside the document)', async () => {
    const root = await tempDir();
    await writeFile(
      path.join(root, 'schemas.yaml'),
      'Widget:\n  type: object\n  properties:\n    name: { type: string, description: Name shown in the catalogue. }\n',
    );
    const text = JSON.stringify(
      doc({
        '/widgets': {
          post: {
            summary: 'Create a widget',
            description: 'Create a widget in the account.',
            requestBody: { content: { 'application/json': { schema: { $ref: './schemas.yaml#/Widget' } } } },
            responses: ok,
          },
        },
      }),
    );
    const imported = await importDoc(text, { root });
    expect((await imported.entry('widgets', 'create')).body_schema).toEqual({
      type: 'object',
      properties: { name: { type: 'string', description: 'Name shown in the catalogue.' } },
    });
  });
});
