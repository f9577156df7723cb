/**
 * The lean output schema tools/list serves (#22): the runtime's guarantee (root type, the required
 * envelope) and nothing else; every keyword it keeps is the full schema's own keyword at the same
 * place, so a result that matches the full schema (which the runtime fits every result to) matches
 * it too. Checked on every Egnyte tool and on the array-answer wrapper.
 */
import { Ajv } from 'ajv';
import type { JsonValue } from 'saas-mcp-runtime';
import { describe, expect, it } from 'vitest';
import { serverData } from '../../generated/egnyte-mcp-server/src/tools.gen.js';
import { servedOutputSchema } from '../../templates/runtime/src/surface/served-output.js';

/** Every keyword of `lean` sits in `full` at the same path with the same value (arrays: lean's items are in full's). */
function keptFrom(lean: JsonValue, full: JsonValue, path = ''): string[] {
  if (Array.isArray(lean)) {
    if (!Array.isArray(full)) {
      return [path];
    }
    return lean.flatMap((item, index) =>
      typeof item === 'object' && item !== null
        ? keptFrom(item, full[index] ?? null, `${path}/${index}`)
        : full.includes(item)
          ? []
          : [`${path}/${index}`],
    );
  }
  if (typeof lean !== 'object' || lean === null) {
    return lean === full ? [] : [path];
  }
  if (typeof full !== 'object' || full === null || Array.isArray(full)) {
    return [path];
  }
  return Object.entries(lean).flatMap(([key, value]) =>
    key in full ? keptFrom(value, full[key] ?? null, `${path}/${key}`) : [`${path}/${key}`],
  );
}

describe('servedOutputSchema', () => {
  const tools = serverData.tools.filter((tool) => tool.outputSchema);

  it.each(tools.map((tool) => [tool.name, tool.outputSchema!] as const))(
    '%s: only keywords of the full schema, each where it was',
    (_, full) => {
      expect(keptFrom(servedOutputSchema(full), full)).toEqual([]);
    },
  );

  it('keeps the list envelope and the data wrapper, drops vendor fields', () => {
    const list = serverData.tools.find((tool) => tool.name === 'list_all_egnyte_users')!;
    expect(servedOutputSchema(list.outputSchema!)).toEqual({
      type: 'object',
      properties: {
        data: { type: 'array', items: { type: 'object' } },
        next_cursor: { anyOf: [{ type: 'string' }, { type: 'null' }] },
      },
      required: ['data', 'next_cursor'],
    });
    const wrapped = {
      type: 'object',
      properties: { data: { type: 'array', description: 'x', items: { type: 'string', enum: ['a'] } } },
      required: ['data'],
    };
    expect(servedOutputSchema(wrapped)).toEqual({
      type: 'object',
      properties: { data: { type: 'array', items: { type: 'string' } } },
      required: ['data'],
    });
    expect(servedOutputSchema({ type: 'object', properties: { id: { type: 'integer' } } })).toEqual({ type: 'object' });
  });

  it('accepts what the full schema accepts, including a drifted result once fitted (off_schema)', () => {
    const ajv = new Ajv({ strict: false });
    const list = serverData.tools.find((tool) => tool.name === 'list_all_egnyte_users')!;
    const lean = ajv.compile(servedOutputSchema(list.outputSchema!));
    expect(lean({ data: [{ id: 1, userName: 'a' }], next_cursor: null, off_schema: { 'data.0.email': 7 } })).toBe(true);
    expect(lean({ data: 'not a list', next_cursor: null })).toBe(false);
  });
});
