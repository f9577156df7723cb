/**
 * The generated package's typed API: tool names, arguments and results are checked by the compiler.
 * The `expectTypeOf` and `@ts-expect-error` lines are checked by `npm run typecheck` (an unused
 * `@ts-expect-error` is itself an error); the tests below also compile snippets and read the errors.
 */

import type {
  GetSingleEgnyteUserByIdInput,
  ToolInputs,
  ToolName,
  ToolOutputs,
  TypedToolCaller,
} from 'egnyte-mcp-server';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { typecheckSnippets } from '../generator/compile-snippets.js';

/** Never run: it exists to be compiled. */
// biome-ignore lint/suspicious/noExportsInTest: exported so that tsc checks it and no test calls it
export async function compileTimeChecks(tools: TypedToolCaller): Promise<void> {
  const user = await tools.callTool('get_single_egnyte_user_by_id', { id: 12408258604 });
  expectTypeOf(user).toEqualTypeOf<ToolOutputs['get_single_egnyte_user_by_id']>();
  // Output fields are optional: the output schemas tolerate a drifting upstream answer.
  expectTypeOf(user.email).toEqualTypeOf<string | undefined>();
  // @ts-expect-error a username where the numeric user id goes
  await tools.callTool('get_single_egnyte_user_by_id', { id: 'jsmith' });
  // @ts-expect-error the required id is missing
  await tools.callTool('get_single_egnyte_user_by_id', {});
  // @ts-expect-error an argument the tool does not take
  await tools.callTool('get_single_egnyte_user_by_id', { id: 1, email: 'jsmith@company.com' });
  // @ts-expect-error a tool that does not exist
  await tools.callTool('get_single_egnyte_usr_by_id', { id: 1 });
  // @ts-expect-error the result has no such field
  void user.mail;
}

describe('typed API of egnyte-mcp-server (compile time)', () => {
  it('maps every tool name to its input and output type', () => {
    expectTypeOf<keyof ToolInputs>().toEqualTypeOf<ToolName>();
    expectTypeOf<ToolInputs['get_single_egnyte_user_by_id']>().toEqualTypeOf<GetSingleEgnyteUserByIdInput>();
    expect(compileTimeChecks).toBeTypeOf('function');
  });

  const snippet = (args: string) => `import { createToolCaller } from 'egnyte-mcp-server';
const egnyte = createToolCaller({ credentials: { baseUrl: 'http://127.0.0.1:4010', accessToken: 'token' } });
const user = await egnyte.callTool('get_single_egnyte_user_by_id', ${args});
export const email: string | undefined = user.email;
`;

  it('a wrong argument type does not compile, and the right one does', () => {
    const [wrong, right] = [snippet(`{ id: 'jsmith' }`), snippet('{ id: 12408258604 }')];
    const problems = typecheckSnippets([wrong, right], 'egnyte-mcp-server', 'generated/egnyte-mcp-server/src');
    expect(problems).toEqual([
      { snippet: 0, line: 3, code: 2322, message: "Type 'string' is not assignable to type 'number'." },
    ]);
  }, 60_000);
});
