import type { ToolDefinition } from 'saas-mcp-runtime/contract';

/**
 * The tools of a `tools.json` text, or [] when there is none (a first generation). A file that
 * is not a tools.json is an error: comparing against garbage would report nonsense.
 */
export function parseTools(text: string | undefined, label = 'tools.json'): ToolDefinition[] {
  if (text === undefined) {
    return [];
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(`${label} is not valid JSON: ${(e as Error).message}`);
  }
  const tools = (data as { tools?: unknown }).tools;
  if (!Array.isArray(tools)) {
    throw new Error(`${label} has no "tools" array`);
  }
  return tools as ToolDefinition[];
}
