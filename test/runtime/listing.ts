/** Calls a list tool page after page through next_cursor, as a model would. */
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { expect } from 'vitest';

export async function listEveryPage(
  client: Client,
  name: string,
  args: Record<string, unknown>,
): Promise<{ items: unknown[]; pages: number }> {
  const items: unknown[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const result = await client.callTool({ name, arguments: cursor ? { ...args, next_cursor: cursor } : args });
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    const page = result.structuredContent as { data: unknown[]; next_cursor: string | null };
    items.push(...page.data);
    cursor = page.next_cursor;
    pages += 1;
  } while (cursor !== null && pages < 20);
  return { items, pages };
}

/** The JSON of a result's first text block. */
export function firstJson(result: unknown): Record<string, unknown> {
  const content = (result as { content: Array<{ text?: string }> }).content;
  return JSON.parse(content[0]?.text ?? 'null') as Record<string, unknown>;
}
