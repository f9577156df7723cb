/**
 * What the CLI verbs print comes partly from the store (names, ids): C1 controls and DEL are not
 * escaped by JSON.stringify and would reach the terminal raw (some terminals act on them).
 */
const RAW_CONTROLS = /[\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped here
const ANY_CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

const escaped = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON for the terminal: still valid JSON, with every control character escaped. */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_CONTROLS, escaped);
}

/** A message line for the terminal: control characters shown as `\uXXXX`. */
export function printableText(text: string): string {
  return text.replace(ANY_CONTROL_BUT_NEWLINE, escaped);
}
