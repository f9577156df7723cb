/**
 * Ranked search over a server's tools for discovery mode's `search_tools` (MiniSearch: BM25 with
 * prefix and fuzzy matching). One index per runtime; each server's filters apply at query time.
 */
import MiniSearch from 'minisearch';
import type { ToolRuntime } from '../calls/runtime.js';
import type { ToolDefinition } from '../data/tool-data.js';

interface Indexed {
  id: string;
  title: string;
  description: string;
  tags: string;
}

const indexes = new WeakMap<ToolRuntime, MiniSearch<Indexed>>();

function indexOf(runtime: ToolRuntime): MiniSearch<Indexed> {
  let index = indexes.get(runtime);
  if (!index) {
    // The tool name is indexed too: its underscores split it into words ("list_all_egnyte_users").
    index = new MiniSearch<Indexed>({ fields: ['id', 'title', 'description', 'tags'] });
    index.addAll(
      runtime.data.tools.map((tool) => ({
        id: tool.name,
        title: tool.title,
        description: tool.description,
        tags: tool.tags.join(' '),
      })),
    );
    indexes.set(runtime, index);
  }
  return index;
}

/** The visible tools that best match the words of `query`, best first, at most `limit`. */
export function searchTools(
  runtime: ToolRuntime,
  visible: readonly ToolDefinition[],
  query: string,
  limit: number,
): ToolDefinition[] {
  const byName = new Map(visible.map((tool) => [tool.name, tool]));
  const hits = indexOf(runtime).search(query, {
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    boost: { id: 2, title: 2, tags: 1.5 },
    filter: (result) => byName.has(String(result.id)),
  });
  return hits.slice(0, limit).flatMap((hit) => byName.get(String(hit.id)) ?? []);
}
