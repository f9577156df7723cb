/** Validators compile on a tool's first call, once (cold start, #16); a list page's JSON is made once. */

import type { ToolDefinition } from 'saas-mcp-runtime';
import { createToolRuntime } from 'saas-mcp-runtime';
import { validationSchema } from 'saas-mcp-runtime/contract';
import { describe, expect, it } from 'vitest';
import { boundListPage } from '../../templates/runtime/src/calls/list-result.js';
import {
  compileToolValidators,
  createSchemaCompiler,
  describeProblems,
} from '../../templates/runtime/src/calls/validate.js';
import { planPage } from '../../templates/runtime/src/upstream/paging/paginate.js';
import { fixture, tools } from './fixture.js';

const getUser = tools.find((tool) => tool.name === 'get_single_acme_user_by_id')!;
const listUsers = tools.find((tool) => tool.name === 'list_all_acme_users')!;

function countingCompiler() {
  const ajv = createSchemaCompiler();
  const compile = ajv.compile.bind(ajv);
  const counter = { compiled: 0 };
  ajv.compile = ((schema: Parameters<typeof compile>[0]) => {
    counter.compiled += 1;
    return compile(schema);
  }) as typeof ajv.compile;
  return { ajv, counter };
}

describe('compileToolValidators', () => {
  it('compiles nothing until first used, then both schemas once', () => {
    const { ajv, counter } = countingCompiler();
    const validators = compileToolValidators(ajv, getUser, () => validationSchema(getUser));
    expect(counter.compiled).toBe(0);
    const problems = validators.checkArguments({ user_id: 'jsmith' });
    expect(describeProblems(problems)).toContain('not the username or email');
    expect(validators.checkArguments({ user_id: 7 })).toEqual([]);
    expect(validators.matchesOutput({ id: 7 })).toBe(true);
    expect(validators.matchesOutput({ id: 'x' })).toBe(false);
    expect(counter.compiled).toBe(2);
  });

  it('a runtime starts with a schema that does not compile and names it on the first call', () => {
    const broken: ToolDefinition = {
      ...getUser,
      name: 'broken',
      argumentChecks: undefined,
      inputSchema: { type: 'object', properties: { a: { $ref: '#/nowhere' } } },
    };
    const runtime = createToolRuntime({ ...fixture, tools: [...fixture.tools, broken] });
    const validators = runtime.validators.get('broken')!;
    expect(() => validators.checkArguments({})).toThrow(/^tool broken: its schema does not compile: /);
    expect(runtime.validators.get(getUser.name)!.checkArguments({ user_id: 7 })).toEqual([]);
  });
});

describe('boundListPage', () => {
  const planned = planPage(listUsers.request.pagination!, listUsers.name, {});
  if (!planned.ok) {
    throw new Error(planned.message);
  }
  const items = Array.from({ length: 50 }, (_, id) => ({ id, userName: `user${id}` }));

  it('hands back the JSON it measured when the whole page fits', () => {
    const bounded = boundListPage({ items, next_cursor: 'abc' }, planned.value, 100_000);
    expect(bounded.text).toBe(JSON.stringify(bounded.value));
    expect(bounded.truncationNote).toBeUndefined();
  });

  it('hands back none when the page is cut', () => {
    const bounded = boundListPage({ items, next_cursor: null }, planned.value, 500);
    expect(bounded.truncationNote).toMatch(/^Truncated/);
    expect(bounded.text).toBeUndefined();
  });
});
