import { createRequire } from 'node:module';
import type { ToolDefinition } from 'saas-mcp-runtime/contract';
import { listedTool, modelFacing } from 'saas-mcp-runtime/contract';
import { fileMemo, type Memo } from '../io/memo.js';

const require = createRequire(import.meta.url);

/** The tokenizer every count uses: o200k_base (GPT-4o and later), the encoding ChatGPT's models read. */
export const TOKENIZER = 'o200k_base';

/**
 * Counts by text: the same texts are counted by the plan's budget check, the report and the emit,
 * and loading the tokenizer's table alone costs about 0.1 s, so it loads on the first text no memo knows.
 */
let counts: Memo<number> = fileMemo(undefined, 'tokens');

/** Counts remembered in the generator's cache folder from now on, or only in this process (run() sets it). */
export function rememberTokenCounts(cacheDir: string | undefined): Memo<number> {
  counts = fileMemo(cacheDir, 'tokens');
  return counts;
}

/** Tokens of a value as a client sends it to a model: compact JSON. Special-token text counts as text. */
export function countJsonTokens(value: unknown): number {
  const text = JSON.stringify(value);
  return counts.get(text, () => {
    const { countTokens } =
      require('gpt-tokenizer/encoding/o200k_base') as typeof import('gpt-tokenizer/encoding/o200k_base');
    return countTokens(text, { disallowedSpecial: new Set() });
  });
}

export interface ToolCost {
  name: string;
  /** name, title, description and inputSchema: what a model reads to choose and call the tool. */
  model: number;
  /** The whole tools/list entry, outputSchema and annotations included. */
  listed: number;
}

export interface SurfaceCost {
  tools: ToolCost[];
  /** The whole tools/list result ({ tools: [...] }), counted as one text. */
  toolsList: number;
  /** The same with `--output-schema off`. */
  toolsListWithoutOutput: number;
  modelTotal: number;
}

export function toolCost(tool: ToolDefinition): ToolCost {
  return { name: tool.name, model: countJsonTokens(modelFacing(tool)), listed: countJsonTokens(listedTool(tool)) };
}

export function surfaceCost(tools: readonly ToolDefinition[]): SurfaceCost {
  const costs = tools.map(toolCost);
  return {
    tools: costs,
    toolsList: countJsonTokens({ tools: tools.map((t) => listedTool(t)) }),
    toolsListWithoutOutput: countJsonTokens({ tools: tools.map((t) => listedTool(t, { outputSchema: false })) }),
    modelTotal: costs.reduce((sum, c) => sum + c.model, 0),
  };
}

/** Each item beside its tool's cost: `surfaceCost` keeps the order of the tools it was given. */
export function withCosts<T>(items: readonly T[], cost: SurfaceCost): [T, ToolCost][] {
  if (items.length !== cost.tools.length) {
    throw new Error(`internal: ${items.length} tools but ${cost.tools.length} costs`);
  }
  return cost.tools.map((toolCost, index) => [items[index] as T, toolCost]);
}
