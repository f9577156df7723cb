/**
 * A readable snippet of a non-JSON upstream body (an HTML error page, say), in time linear in a
 * bounded prefix: only the first 16 kB are looked at, with one pass and no backtracking regex, so
 * a hostile page of any size costs the same few microseconds and never stalls the event loop.
 */

const SCANNED_CHARACTERS = 16 * 1024;
export const MAX_MESSAGE_LENGTH = 200;

function cut(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_MESSAGE_LENGTH ? `${collapsed.slice(0, MAX_MESSAGE_LENGTH - 3)}...` : collapsed;
}

/** The text of the first <title> or <h1> element, when it opens and closes within the prefix. */
function headingOf(head: string): string | undefined {
  const lower = head.toLowerCase();
  for (const tag of ['title', 'h1']) {
    const open = lower.indexOf(`<${tag}`);
    if (open < 0) {
      continue;
    }
    const start = lower.indexOf('>', open);
    const end = start < 0 ? -1 : lower.indexOf('<', start + 1);
    if (end > start + 1) {
      return head.slice(start + 1, end);
    }
  }
  return undefined;
}

/** The text outside tags, in one pass. */
function withoutTags(head: string): string {
  let out = '';
  let inTag = false;
  for (const character of head) {
    if (character === '<') {
      inTag = true;
    } else if (character === '>' && inTag) {
      inTag = false;
      out += ' ';
    } else if (!inTag) {
      out += character;
    }
  }
  return out;
}

export function readableSnippet(text: string): string {
  const head = text.slice(0, SCANNED_CHARACTERS);
  const heading = headingOf(head);
  const chosen = heading !== undefined && heading.trim() !== '' ? heading : withoutTags(head);
  return cut(chosen);
}

const MAX_VENDOR_MESSAGE_LENGTH = 1000;

/** Bounds a vendor's own message (read from its JSON error body), keeping its wording. */
export function boundMessage(message: string): string {
  const trimmed = message.trim();
  return trimmed.length > MAX_VENDOR_MESSAGE_LENGTH ? `${trimmed.slice(0, MAX_VENDOR_MESSAGE_LENGTH - 3)}...` : trimmed;
}
