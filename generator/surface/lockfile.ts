import { createHash } from 'node:crypto';
import type { ToolDefinition } from 'saas-mcp-runtime/contract';
import { surfaceCost, TOKENIZER, withCosts } from '../pipeline/tokens.js';

/** One tool's line in `tools.lock.json`: what a reviewer needs to see that the surface changed. */
export interface LockedTool {
  source: string;
  kind: string;
  tags: string[];
  annotations: { readOnlyHint: boolean; destructiveHint: boolean; idempotentHint: boolean; openWorldHint: boolean };
  required: string[];
  input_hash: string;
  output_hash: string | null;
  description_hash: string;
  /** Tokens of name, title, description and inputSchema: what a model reads to pick and call it. */
  model_tokens: number;
  /** Tokens of the whole tools/list entry (outputSchema and annotations too). */
  tokens: number;
}

export interface ToolLock {
  package: string;
  tokenizer: string;
  /** The whole tools/list result, counted as one text. */
  total_tokens: number;
  /** The same without output schemas (`--output-schema off`). */
  total_tokens_without_output: number;
  /** Sum of every tool's model_tokens. */
  model_tokens: number;
  tools: { [name: string]: LockedTool };
}

export function lockTools(packageName: string, tools: readonly ToolDefinition[]): ToolLock {
  const locked: ToolLock['tools'] = {};
  const sorted = [...tools].sort((a, b) => a.name.localeCompare(b.name));
  const cost = surfaceCost(sorted);
  for (const [tool, tokens] of withCosts(sorted, cost)) {
    const { title: _title, ...hints } = tool.annotations as typeof tool.annotations & { title?: string };
    locked[tool.name] = {
      source: `${tool.source.resource}.${tool.source.method}`,
      kind: tool.kind,
      tags: [...tool.tags],
      annotations: hints,
      required: Array.isArray(tool.inputSchema.required) ? (tool.inputSchema.required as string[]) : [],
      input_hash: hash(tool.inputSchema),
      output_hash: tool.outputSchema ? hash(tool.outputSchema) : null,
      description_hash: hash(tool.description),
      model_tokens: tokens.model,
      tokens: tokens.listed,
    };
  }
  return {
    package: packageName,
    tokenizer: TOKENIZER,
    total_tokens: cost.toolsList,
    total_tokens_without_output: cost.toolsListWithoutOutput,
    model_tokens: cost.modelTotal,
    tools: locked,
  };
}

/** sha256 of canonical JSON (sorted keys), shortened: equal schemas hash equally whatever their key order. */
export function hash(value: unknown): string {
  return `sha256:${createHash('sha256').update(canonical(value)).digest('hex').slice(0, 16)}`;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
