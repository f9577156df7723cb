import type { Memo } from '../io/memo.js';
import type { Plan } from '../ir/types.js';
import { serverData } from './tools-json.js';

/** All the emitted code is made from besides the server data: a spec edit that keeps the tools keeps it. */
export interface CodeShape {
  specDir: string;
  /** The npm name of the runtime package the code imports. */
  runtime: string;
  tools: { name: string; hasOutput: boolean }[];
}

/**
 * `src/tools.gen.ts`, `src/index.ts` and `src/cli.ts`: printed by code-render.ts from the plan's
 * code shape (remembered in `memo` by the shape, so ts-morph and its TypeScript load only for a
 * shape not seen before, #22), with the server data put in after.
 */
export async function emitCode(
  plan: Plan,
  specDir: string,
  runtime: string,
  memo: Memo<{ toolsModule: string; index: string; cli: string }>,
): Promise<{ toolsModule: string; index: string; cli: string }> {
  const shape: CodeShape = {
    specDir,
    runtime,
    tools: plan.tools.map(({ definition: t }) => ({ name: t.name, hasOutput: t.outputSchema !== undefined })),
  };
  const input = JSON.stringify(shape);
  let code = memo.find(input);
  if (!code) {
    code = (await import('./code-render.js')).renderCode(shape);
    memo.keep(input, code);
  }
  // The data literal is JSON.stringify(…, null, 2), already formatted: it goes in after printing,
  // since parsing and formatting it took most of the generator's time (npm run bench).
  const data = JSON.stringify(serverData(plan), null, 2);
  return { ...code, toolsModule: code.toolsModule.replace(SERVER_DATA, () => data) };
}

/** Stands for the serverData literal until the rest of the module is printed. */
export const SERVER_DATA = '__SERVER_DATA_LITERAL__';
