/**
 * Type-checks TypeScript snippets as a user's own ES modules would be, importing a generated
 * package by its npm name. The package and the runtime resolve to their sources (no build needed).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface SnippetDiagnostic {
  snippet: number;
  line: number;
  code: number;
  message: string;
}

const REPO = path.resolve(import.meta.dirname, '../..');

export function typecheckSnippets(
  snippets: readonly string[],
  packageName: string,
  packageSrcDir: string,
): SnippetDiagnostic[] {
  mkdirSync(path.join(REPO, '.tmp'), { recursive: true });
  const dir = mkdtempSync(path.join(REPO, '.tmp', 'snippets-'));
  try {
    const files = snippets.map((text, index) => {
      const file = path.join(dir, `snippet-${index}.mts`);
      writeFileSync(file, text);
      return file;
    });
    const program = ts.createProgram({
      rootNames: files,
      options: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        strict: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: true,
        noEmit: true,
        types: ['node'],
        typeRoots: [path.join(REPO, 'node_modules/@types')],
        paths: {
          [packageName]: [path.join(REPO, packageSrcDir, 'index.ts')],
          'saas-mcp-runtime': [path.join(REPO, 'templates/runtime/src/index.ts')],
        },
      },
    });
    return ts.getPreEmitDiagnostics(program).map((d) => ({
      snippet: d.file ? files.indexOf(d.file.fileName) : -1,
      line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0,
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ```ts blocks of a Markdown text, in order. */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1] ?? '');
}
