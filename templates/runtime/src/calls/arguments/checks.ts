/**
 * The schema the runtime validates arguments against: the served inputSchema plus the tool's
 * runtime-only checks (patterns, lengths, safe-integer bounds, identifier hints), merged at their
 * JSON pointers. tools/list never sees the merged schema.
 */
import { isPlainObject } from '../../data/json-path.js';
import type { JsonSchema, ToolDefinition } from '../../data/tool-data.js';

function unescapeStep(step: string): string {
  return step.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function validationSchema(tool: ToolDefinition): JsonSchema {
  const schema = structuredClone(tool.inputSchema);
  for (const [pointer, keywords] of Object.entries(tool.argumentChecks ?? {})) {
    let node: unknown = schema;
    for (const step of pointer.split('/').slice(1).map(unescapeStep)) {
      node = isPlainObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[step] : undefined;
    }
    if (!isPlainObject(node)) {
      throw new Error(`tool ${tool.name}: argumentChecks names ${pointer}, which is not a schema of its inputSchema`);
    }
    Object.assign(node, structuredClone(keywords));
  }
  return schema;
}
