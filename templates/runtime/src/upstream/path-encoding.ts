/**
 * Per-segment encoding of path parameter values. A value can never climb out of the path the spec
 * fixes: `..`, `.`, empty and control-character segments are refused before any request.
 */
import type { Outcome } from '../data/outcome.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused here
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

function checkSegment(segment: string, argument: string): string | undefined {
  if (segment === '') {
    return `${argument} must not contain empty path segments ("//", or a leading or trailing "/")`;
  }
  if (segment === '.' || segment === '..') {
    return `${argument} must not contain "." or ".." path segments`;
  }
  if (CONTROL_CHARACTER.test(segment)) {
    return `${argument} must not contain control characters`;
  }
  return undefined;
}

/**
 * Encodes one path value. A multi-segment value ("/Shared/Docs") keeps its "/" separators, loses
 * its leading "/" (the template supplies it) and has each segment encoded on its own.
 */
export function encodePathValue(value: string, argument: string, multiSegment: boolean): Outcome<string> {
  const segments = multiSegment ? value.replace(/^\//, '').split('/') : [value];
  const encoded: string[] = [];
  for (const segment of segments) {
    const problem = checkSegment(segment, argument);
    if (problem) {
      return { ok: false, message: problem };
    }
    encoded.push(encodeURIComponent(segment));
  }
  return { ok: true, value: encoded.join('/') };
}
