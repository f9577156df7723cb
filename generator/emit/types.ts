import type { JsonSchema, JsonValue } from 'saas-mcp-runtime/contract';
import { fileMemo } from '../io/memo.js';
import type { Plan } from '../ir/types.js';
import { tsHeader } from './header.js';
import { inputTypeName, outputTypeName } from './names.js';

/**
 * `src/types.gen.ts`: one input type per tool and one output type per tool with an output schema,
 * made by json-schema-to-typescript. Documentation text becomes JSDoc there, so it is escaped first.
 * Each type is formatted on its own, and with a memo remembered by its whole input, so a changed
 * spec remakes only the types it changed (prettier's formatting was most of the emit's time, #22).
 */
export async function emitTypes(
  plan: Plan,
  specDir: string,
  memo = fileMemo<string>(undefined, 'types'),
): Promise<string> {
  const types = plan.tools.flatMap(({ definition: tool }) => [
    { schema: tool.inputSchema, name: inputTypeName(tool.name), summary: `Arguments of ${tool.name}.` },
    ...(tool.outputSchema
      ? [{ schema: tool.outputSchema, name: outputTypeName(tool.name), summary: `Structured result of ${tool.name}.` }]
      : []),
  ]);
  const inputs = types.map((type) => JSON.stringify(type));
  const missing = types.flatMap((type, i) => (memo.find(inputs[i] as string) === undefined ? [{ type, i }] : []));
  const unformatted: string[] = [];
  for (const { type } of missing) {
    unformatted.push(await toTypeScript(type.schema, type.name, type.summary));
  }
  const made = await formatEach(unformatted);
  missing.forEach(({ i }, n) => void memo.keep(inputs[i] as string, made[n] as string));
  // Types formatted one by one and joined by a blank line are the text one pass over the whole
  // file gives (test/generator/types-format.test.ts).
  const body = inputs.map((input) => memo.find(input)).join('\n');
  return `${[tsHeader(specDir), body].join('\n').trimEnd()}\n`;
}

const STYLE = { singleQuote: true, printWidth: 120 };
/** A line between two types in one prettier pass, so it formats all of them with one set-up. */
const BETWEEN = '\n// -- next type --\n';

/** Each text formatted as prettier formats it alone; one pass over all, split again where it can be. */
export async function formatEach(texts: readonly string[]): Promise<string[]> {
  if (texts.length === 0) {
    return [];
  }
  const { format } = await import('prettier');
  const { DEFAULT_OPTIONS } = await import('json-schema-to-typescript');
  // Babel's TypeScript parser: the same text as the typescript parser for these declarations
  // (test/generator/types-format.test.ts), for about half the CPU (prettier's TypeScript is large).
  const options = { parser: 'babel-ts', filepath: 'types.gen.d.ts', ...DEFAULT_OPTIONS.style, ...STYLE };
  const parts = (await format(texts.join(BETWEEN), options)).split(BETWEEN);
  return parts.length === texts.length ? parts : Promise.all(texts.map((text) => format(text, options)));
}

async function toTypeScript(schema: JsonSchema, name: string, summary: string): Promise<string> {
  const { compile } = await import('json-schema-to-typescript');
  const safe = escapeForComments({ ...structuredClone(schema), description: summary });
  return compile(safe as Parameters<typeof compile>[0], name, {
    bannerComment: '',
    additionalProperties: false,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    unknownAny: true,
    format: false,
  });
}

/**
 * Text that json-schema-to-typescript copies into JSDoc must not close the comment: `*\/` keeps
 * the words and loses the power. (Strings elsewhere are JSON-quoted and harmless.)
 */
export function escapeForComments(node: JsonValue): JsonValue {
  if (Array.isArray(node)) {
    return node.map(escapeForComments);
  }
  if (node === null || typeof node !== 'object') {
    return node;
  }
  const out: { [k: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] =
      (k === 'description' || k === 'title') && typeof v === 'string'
        ? v.replace(/\*\//g, '*\\/')
        : escapeForComments(v);
  }
  return out;
}
