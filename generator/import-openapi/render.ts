/**
 * Stage 3a, render: the import's files as YAML, each with a header holding the SHA-256 of the body
 * the importer wrote. A file whose body no longer matches its hash was edited by hand.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import type { GeneratedFile } from '../emit/emit.js';

const MARK = '# import-openapi sha256:';

export function renderYaml(path: string, source: string, value: unknown): GeneratedFile {
  // Dereferenced documents share objects; anchors and aliases would make the specs hard to edit.
  const body = stringify(value, { aliasDuplicateObjects: false, lineWidth: 0 });
  const header = `# Imported from ${source} by \`npm run generate -- import-openapi\`. Review and edit freely:\n# once this file is edited, a new import leaves it alone unless --force is given.\n`;
  return { path, contents: `${header}${MARK}${hash(body)}\n${body}` };
}

export type Ownership = 'ours' | 'edited';

/** `ours`: written by the importer and untouched since; `edited`: changed by hand, or never ours. */
export function ownership(contents: string): Ownership {
  const at = contents.indexOf(MARK);
  if (at < 0) {
    return 'edited';
  }
  const lineEnd = contents.indexOf('\n', at);
  if (lineEnd < 0) {
    return 'edited';
  }
  const recorded = contents.slice(at + MARK.length, lineEnd).trim();
  return recorded === hash(contents.slice(lineEnd + 1)) ? 'ours' : 'edited';
}

export function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
