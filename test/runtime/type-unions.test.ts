/**
 * The schema the output fitter validates with (calls/type-unions.ts): an anyOf of bare types is
 * spelt as a type array, which ajv checks without building an error per null value. It must accept
 * exactly what the generated schema accepts: checked on every Egnyte output schema with values
 * of every JSON type at every property, and on the rewriting rules one by one.
 */
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { serverData } from '../../generated/egnyte-mcp-server/src/tools.gen.js';
import { withTypeUnions } from '../../templates/runtime/src/calls/type-unions.js';
import type { JsonSchema, JsonValue } from '../../templates/runtime/src/data/tool-data.js';

describe('withTypeUnions', () => {
  it.each<[string, JsonSchema, JsonSchema]>([
    [
      'a nullable field',
      { type: 'object', properties: { a: { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'd' } } },
      { type: 'object', properties: { a: { type: ['string', 'null'], description: 'd' } } },
    ],
    [
      'nested in items, keywords beside the anyOf kept',
      {
        type: 'array',
        items: { anyOf: [{ type: 'object' }, { type: 'null' }], properties: { b: { type: 'integer' } } },
      },
      { type: 'array', items: { type: ['object', 'null'], properties: { b: { type: 'integer' } } } },
    ],
    [
      'type arrays in branches, duplicates once',
      { anyOf: [{ type: ['string', 'null'] }, { type: 'null' }, { type: 'integer' }] },
      { type: ['string', 'null', 'integer'] },
    ],
    ['one branch', { anyOf: [{ type: 'string' }] }, { type: 'string' }],
  ])('%s', (_name, schema, want) => {
    expect(withTypeUnions(schema)).toEqual(want);
  });

  it.each<[string, JsonSchema]>([
    ['a branch with more than a type', { anyOf: [{ type: 'string', minLength: 2 }, { type: 'null' }] }],
    ['a type beside the anyOf', { type: 'string', anyOf: [{ type: 'string' }, { type: 'null' }] }],
    ['a branch without a type', { anyOf: [{ enum: ['a'] }, { type: 'null' }] }],
    ['an anyOf inside enum values (data, not a schema)', { enum: [{ anyOf: [{ type: 'string' }] }] }],
  ])('leaves %s as it is', (_name, schema) => {
    expect(withTypeUnions(schema)).toEqual(schema);
  });

  it('does not change the schema it is given', () => {
    const schema: JsonSchema = { properties: { a: { anyOf: [{ type: 'string' }, { type: 'null' }] } } };
    const copy = structuredClone(schema);
    withTypeUnions(schema);
    expect(schema).toEqual(copy);
  });
});

const SAMPLES: JsonValue[] = ['text', '', 3, 2.5, -1, true, false, null, [], ['x', null], {}, { id: 1 }];

/** Every property path (`[]`: an array's one item), to put each sample at each place. */
function places(schema: JsonValue, path: string[] = []): string[][] {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
    return [];
  }
  const out: string[][] = [];
  if (typeof schema.items === 'object' && schema.items !== null && !Array.isArray(schema.items)) {
    out.push([...path, '[]'], ...places(schema.items, [...path, '[]']));
  }
  const properties = schema.properties;
  if (typeof properties === 'object' && properties !== null && !Array.isArray(properties)) {
    for (const [name, child] of Object.entries(properties)) {
      out.push([...path, name], ...places(child, [...path, name]));
    }
  }
  return out;
}

function valueAt(path: string[], leaf: JsonValue): JsonValue {
  return path.reduceRight<JsonValue>((inner, key) => (key === '[]' ? [inner] : { [key]: inner }), leaf);
}

describe('on the Egnyte output schemas', () => {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  const tools = serverData.tools.filter((tool) => tool.outputSchema);

  it('accepts and refuses exactly the same values', () => {
    let compared = 0;
    for (const tool of tools) {
      const schema = tool.outputSchema as JsonSchema;
      const original = ajv.compile(schema);
      const rewritten = ajv.compile(withTypeUnions(schema));
      for (const path of places(schema)) {
        for (const sample of SAMPLES) {
          const value = valueAt(path, sample);
          expect(rewritten(value), `${tool.name} ${path.join('.')} = ${JSON.stringify(sample)}`).toBe(original(value));
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('has nullable fields to rewrite', () => {
    const rewritten = tools.filter(
      (tool) => JSON.stringify(withTypeUnions(tool.outputSchema as JsonSchema)) !== JSON.stringify(tool.outputSchema),
    );
    expect(rewritten.length).toBeGreaterThan(10);
  });
});
