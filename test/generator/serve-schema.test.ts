/** What tools/list serves and what stays with the runtime (generator/pipeline/serve-schema.ts). */

import type { JsonSchema, ToolDefinition } from 'saas-mcp-runtime';
import { validationSchema } from 'saas-mcp-runtime/contract';
import { describe, expect, it } from 'vitest';
import { splitInputSchema, tolerantOutputSchema } from '../../generator/pipeline/serve-schema.js';

const hint = { kind: 'user_id', label: 'numeric user id', findWith: 'list_users' };
const input: JsonSchema = {
  type: 'object',
  properties: {
    id: {
      type: 'integer',
      minimum: 1,
      maximum: 9007199254740991,
      description: 'Numeric user id.',
      'x-identifier': hint,
    },
    limit: { type: 'integer', minimum: 1, maximum: 100, description: 'Items per page.' },
    name: { type: 'string', minLength: 1, maxLength: 50, pattern: '^[a-z]+$', description: 'A name.' },
    members: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', properties: { 'a/b': { type: 'string', pattern: '^x' } }, additionalProperties: false },
    },
  },
  required: ['id'],
  additionalProperties: false,
};

describe('splitInputSchema', () => {
  const { served, checks } = splitInputSchema(input);

  it('serves what a value is: type, format, enum, upper bounds, required, the root closed', () => {
    expect(served).toEqual({
      type: 'object',
      properties: {
        id: { type: 'integer', description: 'Numeric user id.' },
        limit: { type: 'integer', maximum: 100, description: 'Items per page.' },
        name: { type: 'string', description: 'A name.' },
        members: { type: 'array', items: { type: 'object', properties: { 'a/b': { type: 'string' } } } },
      },
      required: ['id'],
      additionalProperties: false,
    });
  });

  it('keeps the rest as runtime checks by JSON pointer, escaped', () => {
    expect(checks).toEqual({
      '/properties/id': { minimum: 1, maximum: 9007199254740991, 'x-identifier': hint },
      '/properties/limit': { minimum: 1 },
      '/properties/name': { minLength: 1, maxLength: 50, pattern: '^[a-z]+$' },
      '/properties/members': { minItems: 1 },
      '/properties/members/items': { additionalProperties: false },
      '/properties/members/items/properties/a~1b': { pattern: '^x' },
    });
  });

  it('merges back into exactly the schema it was split from', () => {
    const tool = { name: 't', inputSchema: served, argumentChecks: checks } as unknown as ToolDefinition;
    expect(validationSchema(tool)).toEqual(input);
  });
});

describe('tolerantOutputSchema', () => {
  it('requires nothing, leaves objects open and spells nullable types as anyOf', () => {
    const output: JsonSchema = {
      type: 'object',
      properties: {
        id: { type: 'integer', maximum: 9007199254740991, 'x-identifier': hint },
        role: { type: ['string', 'null'], description: 'Role.' },
        tags: {
          type: 'array',
          items: {
            type: 'object',
            properties: { v: { type: 'string', pattern: '^a' } },
            required: ['v'],
            additionalProperties: false,
          },
        },
      },
      required: ['id'],
      additionalProperties: false,
    };
    expect(tolerantOutputSchema(output)).toEqual({
      type: 'object',
      properties: {
        id: { type: 'integer' },
        role: { anyOf: [{ type: 'string' }, { type: 'null' }], description: 'Role.' },
        tags: { type: 'array', items: { type: 'object', properties: { v: { type: 'string' } } } },
      },
    });
  });
});
