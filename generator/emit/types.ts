import { compile, DEFAULT_OPTIONS } from 'json-schema-to-typescript';
import { format } from 'prettier';
import type { JsonSchema, JsonValue } from 'saas-mcp-runtime/contract';
import type { Plan } from '../ir/types.js';
import { tsHeader } from './header.js';
import { inputTypeName, outputTypeName } from './names.js';

/**
 * `src/types.gen.ts`: one input type per tool and one output type per tool with an output schema,
 * made by json-schema-to-typescript. Documentation text becomes JSDoc there, so it is escaped first.
 */
export async function emitTypes(plan: Plan, specDir: string): Promise<string> {
  const parts: string[] = [];
  for (const { definition: tool } of plan.tools) {
    parts.push(await toTypeScript(tool.inputSchema, inputTypeName(tool.name), `Arguments of ${tool.name}.`));
    if (tool.outputSchema) {
      parts.push(
        await toTypeScript(tool.outputSchema, outputTypeName(tool.name), `Structured result of ${tool.name}.`),
      );
    }
  }
  // One prettier pass over the whole file gives the same text as one per type, at a fraction of
  // the cost (prettier's per-call set-up dominated the generator's time: npm run bench).
  const body = await format(parts.join('\n'), {
    parser: 'typescript',
    filepath: 'types.gen.d.ts',
    ...DEFAULT_OPTIONS.style,
    ...STYLE,
  });
  return `${[tsHeader(specDir), body].join('\n').trimEnd()}\n`;
}

const STYLE = { singleQuote: true, printWidth: 120 };

async function toTypeScript(schema: JsonSchema, name: string, summary: string): Promise<string> {
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
