/**
 * Redaction of a tool result without copying it when there is nothing to redact. A success result
 * carries its structuredContent's JSON as its text (results.ts), so searching that text for every
 * secret, as itself and as JSON escapes it inside a string, finds any secret anywhere in the result
 * (keys included). Only when one is found is the result walked and copied (redact.ts). Error results
 * are small and also need the Authorization-looking rule: they are always walked.
 */
import type { CallToolResult } from '@modelcontextprotocol/server';
import { createRedactor, heldSecrets, redactResult } from './redact.js';

/** The texts that together show every string of the result, or undefined when the result has another shape. */
function searchableTexts(result: CallToolResult): string[] | undefined {
  const { content, structuredContent, ...rest } = result;
  if (Object.keys(rest).length > 0 || !Array.isArray(content) || content.length === 0) {
    return undefined;
  }
  const texts: string[] = [];
  for (const block of content) {
    if (block.type !== 'text' || Object.keys(block).length !== 2) {
      return undefined;
    }
    texts.push(block.text);
  }
  // structuredContent is covered only as the mirror of the first text block (successResult's contract).
  if (structuredContent !== undefined && texts[0]?.[0] !== '{') {
    return undefined;
  }
  return texts;
}

/** Each secret as written, and as it appears inside a JSON string when JSON escapes some of its characters. */
function needles(secrets: readonly string[]): string[] {
  return secrets.flatMap((secret) => {
    const escaped = JSON.stringify(secret).slice(1, -1);
    return escaped === secret ? [secret] : [secret, escaped];
  });
}

export function redactCallResult(result: CallToolResult, secrets: readonly string[], isError: boolean): CallToolResult {
  const redactor = createRedactor(secrets, { authorizationLike: isError });
  const texts = isError ? undefined : searchableTexts(result);
  if (!texts) {
    return redactResult(result, redactor);
  }
  const held = needles(heldSecrets(secrets));
  const found = texts.some((text) => held.some((needle) => text.includes(needle)));
  return found ? redactResult(result, redactor) : result;
}
