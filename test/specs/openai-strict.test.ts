/**
 * Every Egnyte tool survives OpenAI's strict-mode conversion (frameworks that force `strict: true`
 * otherwise drop the tool), and what the model then sends (all properties, null for the unused
 * ones) is what the server accepts. The converter is `openai-strict.ts`.
 */
import { readFileSync } from 'node:fs';
import type { ServerData } from 'saas-mcp-runtime';
import { validationSchema } from 'saas-mcp-runtime/contract';
import { describe, expect, it } from 'vitest';
import { normalizeArguments } from '../../templates/runtime/src/calls/arguments/normalize.js';
import { createSchemaCompiler } from '../../templates/runtime/src/calls/validate.js';
import { strictArguments, toOpenAiStrict } from './openai-strict.js';

const data = JSON.parse(readFileSync('generated/egnyte-mcp-server/tools.json', 'utf8')) as ServerData;

describe('the strict-mode converter', () => {
  it('refuses free-form maps and unsupported keywords, and makes optional properties nullable', () => {
    const map = toOpenAiStrict({
      type: 'object',
      properties: { perms: { type: 'object', additionalProperties: { type: 'string' } } },
    });
    expect(map).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([expect.stringContaining('additionalProperties must be false')]),
    });
    expect(toOpenAiStrict({ type: 'object', properties: { a: { type: 'string', minLength: 1 } } }).ok).toBe(false);
    expect(toOpenAiStrict({ type: 'object', properties: { a: { allOf: [] } } }).ok).toBe(false);
    expect(toOpenAiStrict({ type: 'object', properties: { a: { type: 'string', format: 'uri' } } }).ok).toBe(false);
    const converted = toOpenAiStrict({
      type: 'object',
      properties: { a: { type: 'integer' }, b: { type: 'string', enum: ['x'] } },
      required: ['a'],
    });
    expect(converted).toEqual({
      ok: true,
      schema: {
        type: 'object',
        properties: { a: { type: 'integer' }, b: { anyOf: [{ type: 'string', enum: ['x'] }, { type: 'null' }] } },
        required: ['a', 'b'],
        additionalProperties: false,
      },
    });
  });
});

describe.each(data.tools.map((tool) => [tool.name, tool] as const))('%s under OpenAI strict mode', (_name, tool) => {
  it('converts', () => {
    const result = toOpenAiStrict(tool.inputSchema as Record<string, unknown>);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('accepts what a strict-mode model sends for only the required arguments (null for the rest)', () => {
    const examples = examplesOf(tool.name);
    const validate = createSchemaCompiler().compile(validationSchema(tool));
    for (const example of examples) {
      const sent = strictArguments(tool.inputSchema as Record<string, unknown>, example);
      const read = normalizeArguments(sent, tool.inputSchema);
      expect(read).toEqual(example);
      expect(validate(read), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

/** The documented examples of a tool, as the generated README and tools.json do not keep them: from the specs. */
function examplesOf(name: string): Record<string, unknown>[] {
  return EXAMPLES.get(name) ?? [];
}

const EXAMPLES = new Map<string, Record<string, unknown>[]>();
{
  const { parse } = await import('yaml');
  const { readdirSync } = await import('node:fs');
  const methodsByTool = new Map(
    data.tools.map((tool) => [`${tool.source?.resource}.${tool.source?.method}`, tool.name]),
  );
  for (const file of readdirSync('specs/egnyte/docs')) {
    const doc = parse(readFileSync(`specs/egnyte/docs/${file}`, 'utf8')) as Record<
      string,
      Record<string, { examples?: { arguments: Record<string, unknown> }[] }>
    >;
    for (const [resource, methods] of Object.entries(doc)) {
      for (const [method, entry] of Object.entries(methods)) {
        const tool = methodsByTool.get(`${resource}.${method}`);
        if (tool) {
          EXAMPLES.set(
            tool,
            (entry.examples ?? []).map((example) => example.arguments),
          );
        }
      }
    }
  }
}
