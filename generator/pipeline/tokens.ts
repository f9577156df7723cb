import type { ToolDefinition } from '../../templates/runtime/tool-data.js';

/** What a client receives for one tool in tools/list (the runtime serves exactly these fields). */
export function toolListEntry(tool: ToolDefinition): object {
  const { name, title, description, inputSchema, outputSchema, annotations } = tool;
  return { name, title, description, inputSchema, ...(outputSchema ? { outputSchema } : {}), annotations };
}

/**
 * Rough token estimate: compact JSON length / 4, the usual rule of thumb for English and JSON with
 * GPT/Claude tokenizers. Good enough to compare tools and catch budget blow-ups, not to bill.
 */
export function estimateTokens(value: unknown): number {
  return Math.ceil(JSON.stringify(value).length / 4);
}
