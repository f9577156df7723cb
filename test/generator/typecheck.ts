import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { expect } from 'vitest';

/** Type-checks a generated package with its own tsconfig (strict), returning formatted errors. */
export function typecheck(packageDir: string): string[] {
  const configPath = path.join(packageDir, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, packageDir);
  expect(parsed.options.strict).toBe(true);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true } });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Writes generated files under a fresh `dir` (each file's path is relative to it). */
export async function writeFiles(dir: string, files: readonly { path: string; contents: string }[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
    await writeFile(path.join(dir, file.path), file.contents);
  }
}
