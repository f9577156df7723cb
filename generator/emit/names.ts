/** `list_all_egnyte_users` -> `ListAllEgnyteUsers`: type names derived once from tool names. */
export function pascalCase(snake: string): string {
  return snake
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

export const inputTypeName = (tool: string): string => `${pascalCase(tool)}Input`;
export const outputTypeName = (tool: string): string => `${pascalCase(tool)}Output`;
