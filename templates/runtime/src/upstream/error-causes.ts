/**
 * Per-field causes of a vendor error ("Validation Failed" + "title: missing_field"), read by the
 * integration's `errorCauses` rules and appended to the summary message. Bounded: at most
 * MAX_CAUSES causes of at most MAX_TEXT characters each.
 */
import { isPlainObject, readPath } from '../data/json-path.js';
import type { ErrorCauseRule } from '../data/tool-data.js';

const MAX_CAUSES = 10;
const MAX_TEXT = 200;

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 3)}...` : flat;
}

/** The first message key holding text, or a plain string value. */
function textOf(value: unknown, messageKeys: readonly string[]): string | undefined {
  if (typeof value === 'string') {
    return value.trim() === '' ? undefined : value;
  }
  if (!isPlainObject(value)) {
    return undefined;
  }
  for (const key of messageKeys) {
    const text = readPath(value, key);
    if (typeof text === 'string' && text.trim() !== '') {
      return text;
    }
  }
  return undefined;
}

function causesOf(found: unknown, rule: ErrorCauseRule): string[] {
  const named = (field: unknown, text: string | undefined) =>
    text === undefined ? [] : [typeof field === 'string' && field !== '' ? `${field}: ${clip(text)}` : clip(text)];
  if (Array.isArray(found)) {
    return found
      .slice(0, MAX_CAUSES)
      .flatMap((item) =>
        named(rule.field && isPlainObject(item) ? readPath(item, rule.field) : undefined, textOf(item, rule.message)),
      );
  }
  if (!isPlainObject(found)) {
    return [];
  }
  // One error object naming the field at fault (`{ "param": "email", "message": ... }`): that field leads.
  if (rule.field) {
    return named(readPath(found, rule.field), textOf(found, rule.message));
  }
  // A map from field name to one text or a list of texts/objects (GitLab, Zendesk).
  return Object.entries(found)
    .slice(0, MAX_CAUSES)
    .flatMap(([field, value]) =>
      (Array.isArray(value) ? value : [value])
        .slice(0, MAX_CAUSES)
        .flatMap((item) => named(field, textOf(item, rule.message))),
    );
}

export function errorCauses(body: unknown, rules: readonly ErrorCauseRule[] | undefined): string[] {
  const out: string[] = [];
  for (const rule of rules ?? []) {
    // `$`: the error body itself is the one error object (`{ "param": "email", "message": ... }`).
    for (const cause of causesOf(readPath(body, rule.path === '$' ? '' : rule.path), rule)) {
      if (!out.includes(cause)) {
        out.push(cause);
      }
    }
  }
  return out.slice(0, MAX_CAUSES);
}

/**
 * `summary: cause; cause`, or the summary alone. A cause that is the summary itself with its field
 * (`email: Invalid email`) replaces the summary, so the field at fault leads and nothing repeats.
 */
export function withCauses(summary: string, body: unknown, rules: readonly ErrorCauseRule[] | undefined): string {
  const causes = errorCauses(body, rules).filter((cause) => cause !== summary && cause !== clip(summary));
  const leading = causes.find((cause) => cause.endsWith(`: ${clip(summary)}`));
  if (leading) {
    return [leading, ...causes.filter((cause) => cause !== leading)].join('; ');
  }
  return causes.length === 0 ? summary : `${summary}: ${causes.join('; ')}`;
}
