/** The line every generated file starts with, in the comment syntax of its kind. */
export function headerText(specDir: string): string {
  return `Generated from ${specDir} by \`npm run generate\`. Do not edit: change the specs and regenerate.`;
}

export function tsHeader(specDir: string): string {
  return `// ${headerText(specDir)}\n`;
}

export function markdownHeader(specDir: string): string {
  return `<!-- ${headerText(specDir)} -->\n`;
}

/** Stable JSON: two-space indent, LF, trailing newline. Key order is the order the pipeline built. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
