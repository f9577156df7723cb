import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { DIAGNOSTIC_CODES } from '../../generator/diagnostics/codes.js';
import { formatDiagnostics } from '../../generator/diagnostics/diagnostic.js';
import { loadOverlay } from './overlay.js';

const BASE = 'test/fixtures/specs/octo';

/** Each invalid fixture and the codes it must produce (golden text in <case>/expected.txt). */
const CASES: [string, string[]][] = [
  ['yaml-syntax', ['YAML_SYNTAX']],
  ['missing-integration', ['MISSING_INTEGRATION']],
  ['spec-schema', ['SPEC_SCHEMA']],
  ['invalid-json-schema', ['INVALID_JSON_SCHEMA']],
  ['unknown-identifier', ['UNKNOWN_IDENTIFIER']],
  ['unknown-find-with', ['UNKNOWN_FIND_WITH']],
  ['path-params', ['PATH_PARAM_UNDECLARED', 'PATH_PARAM_UNUSED']],
  ['duplicate-resource', ['DUPLICATE_RESOURCE']],
  ['doc-unknown', ['DOC_UNKNOWN_RESOURCE', 'DOC_UNKNOWN_METHOD', 'DUPLICATE_DOC']],
  ['duplicate-tool', ['DUPLICATE_TOOL', 'TOOL_NAME_INVALID']],
  ['flat-collision', ['FLAT_NAME_COLLISION']],
  ['not-portable', ['SCHEMA_NOT_PORTABLE']],
  ['param-undocumented', ['PARAM_UNDOCUMENTED']],
  ['pagination-mismatch', ['PAGINATION_MISMATCH']],
  ['response-path', ['RESPONSE_PATH_INVALID']],
  ['paging-path-on-array', ['PAGING_PATH_ON_ARRAY']],
  ['object-style', ['OBJECT_STYLE_INVALID', 'ARRAY_STYLE_INVALID']],
  ['url-variables', ['URL_VARIABLE_UNKNOWN', 'URL_VARIABLE_UNUSED']],
  ['success-error', ['SUCCESS_ERROR_INVALID']],
  ['header-param', ['HEADER_PARAM_INVALID']],
  ['array-style', ['ARRAY_STYLE_INVALID']],
  ['send-as-map', ['SEND_AS_MAP_INVALID']],
  ['form-body', ['FORM_BODY_INVALID']],
  ['auth-invalid', ['AUTH_INVALID']],
  ['token-budget', ['TOKEN_BUDGET']],
  ['empty-server', ['EMPTY_SERVER']],
];

/** Cases that only warn: the package is still generated, and the warnings are golden too. */
const WARNING_CASES: [string, string[]][] = [['more-without-cursor', ['MORE_WITHOUT_CURSOR']]];

describe('diagnostics', () => {
  it.each(CASES)('%s reports %j with positions, and emits no files', async (name, codes) => {
    const result = await compile(await loadOverlay(BASE, `test/fixtures/invalid/${name}`));
    expect(result.files).toEqual([]);
    expect(new Set(result.diagnostics.map((d) => d.code))).toEqual(new Set(codes));
    await expect(`${formatDiagnostics(result.diagnostics)}\n`).toMatchFileSnapshot(
      `../fixtures/invalid/${name}/expected.txt`,
    );
  });

  it.each(WARNING_CASES)('%s warns %j with positions, and still generates', async (name, codes) => {
    const result = await compile(await loadOverlay(BASE, `test/fixtures/invalid/${name}`));
    expect(result.diagnostics).toEqual([]);
    expect(result.files.length).toBeGreaterThan(0);
    expect(new Set(result.warnings.map((d) => d.code))).toEqual(new Set(codes));
    await expect(`${formatDiagnostics(result.warnings)}\n`).toMatchFileSnapshot(
      `../fixtures/invalid/${name}/expected.txt`,
    );
  });

  it('covers every code in the catalogue with a fixture', () => {
    const covered = new Set([...CASES, ...WARNING_CASES].flatMap(([, codes]) => codes));
    expect([...Object.keys(DIAGNOSTIC_CODES)].filter((c) => !covered.has(c))).toEqual([]);
  });

  it('the README documents every code with the catalogue text', async () => {
    const readme = await readFile('README.md', 'utf8');
    for (const [code, text] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(readme).toContain(`| \`${code}\` | ${text} |`);
    }
  });

  it('the base fixture itself is clean', async () => {
    const result = await compile(await loadOverlay(BASE, 'test/fixtures/none'));
    expect(result.diagnostics).toEqual([]);
  });
});
