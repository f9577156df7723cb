/**
 * One JSON-RPC message as a stdio line. A tools/call answer whose text is already the JSON of its
 * structuredContent (data/json-text.ts) is written with that text spliced in as the
 * structuredContent, instead of serialising the page a second time; the line parses to exactly the
 * message. Anything else is JSON.stringify'd as it is.
 */
import type { JSONRPCMessage } from '@modelcontextprotocol/server';
import { isPlainObject } from '../../data/json-path.js';
import { takeJsonText } from '../../data/json-text.js';

/** The structuredContent's JSON, when the answer's first text is noted as exactly that. */
function splicedJson(result: Record<string, unknown>): string | undefined {
  const structured = result.structuredContent;
  const content = result.content;
  if (!isPlainObject(structured) || !Array.isArray(content)) {
    return undefined;
  }
  const first: unknown = content[0];
  return isPlainObject(first) && typeof first.text === 'string' ? takeJsonText(structured, first.text) : undefined;
}

/** `{"a":1}` + member `"b":<json>` -> `{"a":1,"b":<json>}`. */
function withMember(objectJson: string, name: string, json: string): string {
  const open = objectJson === '{}' ? '{' : `${objectJson.slice(0, -1)},`;
  return `${open}${JSON.stringify(name)}:${json}}`;
}

export function answerLine(message: JSONRPCMessage): string {
  const result = 'result' in message && isPlainObject(message.result) ? message.result : undefined;
  const structuredJson = result && splicedJson(result);
  if (!result || structuredJson === undefined) {
    return `${JSON.stringify(message)}\n`;
  }
  const { structuredContent: _structured, ...rest } = result;
  const envelope = Object.fromEntries(Object.entries(message).filter(([key]) => key !== 'result'));
  return `${withMember(JSON.stringify(envelope), 'result', withMember(JSON.stringify(rest), 'structuredContent', structuredJson))}\n`;
}
