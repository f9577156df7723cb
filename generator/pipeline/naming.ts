import type { IntegrationModel, MethodModel, ResourceModel } from '../ir/types.js';

export const MAX_TOOL_NAME = 64;
export const TOOL_NAME_PATTERN = /^[a-z0-9_]+$/;

/**
 * The tool-name rule (a contract: names must stay stable across regenerations).
 * - list:   list_all_<integration>_<resources>
 * - get:    get_single_<integration>_<resource>_by_id
 * - create: create_<a|an>_<integration>_<resource>
 * - update: update_<a|an>_<integration>_<resource>_by_id
 * - delete: delete_<a|an>_<integration>_<resource>_by_id
 * - custom method `verb_rest`: verb_<integration>_rest; a one-word custom method `verb`: verb_<integration>_<resource>
 * A method's `tool_name` overrides the rule.
 */
export function toolName(
  integration: { info: Pick<IntegrationModel['info'], 'name'>; article: IntegrationModel['article'] },
  resource: Pick<ResourceModel, 'name' | 'singular'>,
  method: Pick<MethodModel, 'toolName' | 'kind' | 'key'>,
): string {
  if (method.toolName) {
    return method.toolName;
  }
  const name = integration.info.name;
  const article = integration.article;
  switch (method.kind) {
    case 'list':
      return `list_all_${name}_${resource.name}`;
    case 'get':
      return `get_single_${name}_${resource.singular}_by_id`;
    case 'create':
      return `create_${article}_${name}_${resource.singular}`;
    case 'update':
      return `update_${article}_${name}_${resource.singular}_by_id`;
    case 'delete':
      return `delete_${article}_${name}_${resource.singular}_by_id`;
    case 'custom': {
      const [verb, ...rest] = method.key.split('_');
      return `${verb}_${name}_${rest.length > 0 ? rest.join('_') : resource.singular}`;
    }
  }
}

/** A human title from the tool name: "list_all_egnyte_users" -> "List all Egnyte users". */
export function toolTitle(integration: IntegrationModel, name: string): string {
  const words = name.split('_').map((w) => (w === integration.info.name ? integration.info.displayName : w));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
