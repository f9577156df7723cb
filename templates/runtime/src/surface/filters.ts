/**
 * Method and tag filters (`--methods`, `--tags`): which tools a server exposes. The same selection
 * drives tools/list and tools/call, so a hidden tool cannot be called.
 */
import type { ServerData, ToolDefinition } from '../data/tool-data.js';

export interface ToolFilter {
  /** `read`, `write`, `custom` or spec method names (`list`, `add_members`); a tool matching any passes. */
  methods?: string[];
  /** A tool carrying any listed tag passes. */
  tags?: string[];
}

const METHOD_GROUPS = ['read', 'write', 'custom'];

function matchesMethodToken(tool: ToolDefinition, token: string): boolean {
  if (token === 'read') {
    return tool.annotations.readOnlyHint;
  }
  if (token === 'write') {
    return !tool.annotations.readOnlyHint;
  }
  if (token === 'custom') {
    return tool.kind === 'custom';
  }
  return tool.source.method === token;
}

/** True when the tool passes both the method and the tag filter (an absent filter passes all). */
export function isToolSelected(tool: ToolDefinition, filter: ToolFilter): boolean {
  const methodsPass = !filter.methods || filter.methods.some((token) => matchesMethodToken(tool, token));
  const tagsPass = !filter.tags || filter.tags.some((tag) => tool.tags.includes(tag));
  return methodsPass && tagsPass;
}

export function selectTools(tools: readonly ToolDefinition[], filter: ToolFilter): ToolDefinition[] {
  return tools.filter((tool) => isToolSelected(tool, filter));
}

/** Problems with filter tokens that no tool could ever match (a typo should fail at start-up). */
export function checkFilter(data: ServerData, filter: ToolFilter): string[] {
  const knownMethods = new Set([...METHOD_GROUPS, ...data.tools.map((tool) => tool.source.method)]);
  const knownTags = new Set(data.tools.flatMap((tool) => tool.tags));
  const problems: string[] = [];
  for (const token of filter.methods ?? []) {
    if (!knownMethods.has(token)) {
      problems.push(`unknown method "${token}" in --methods; use one of: ${[...knownMethods].sort().join(', ')}`);
    }
  }
  for (const tag of filter.tags ?? []) {
    if (!knownTags.has(tag)) {
      problems.push(`unknown tag "${tag}" in --tags; use one of: ${[...knownTags].sort().join(', ')}`);
    }
  }
  return problems;
}

/** Splits a comma-separated flag value; an empty list means the flag was given without values. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
