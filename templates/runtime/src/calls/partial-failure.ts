/**
 * Batch calls that partly fail (a vendor's 207 Multi-Status answer, say). The spec declares which
 * status means "some items failed" and where each failure's id and reason are; the call then becomes
 * a tool error naming every failed item, so a model cannot read a half-done batch as done.
 */
import { isPlainObject, readPath } from '../data/json-path.js';
import type { PartialFailure } from '../data/tool-data.js';
import type { ToolError } from './results.js';

/** At most this many failed items are named, each reason at most this long: the answer is upstream text. */
const MAX_ITEMS = 50;
const MAX_REASON = 200;

export interface FailedItem {
  id: string;
  reason: string;
}

function text(value: unknown): string {
  if (Array.isArray(value)) {
    return value.map(text).filter(Boolean).join('; ');
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return '';
}

/** The failed items of an answer, in the order the vendor gave them. */
export function failedItems(rule: PartialFailure, body: unknown): FailedItem[] {
  const items = readPath(body, rule.itemsPath);
  if (!Array.isArray(items)) {
    return [];
  }
  return items.filter(isPlainObject).map((item) => ({
    id: text(readPath(item, rule.idPath)) || '(no id)',
    reason:
      rule.reasonPaths
        .map((path) => text(readPath(item, path)))
        .filter(Boolean)
        .join(': ')
        .slice(0, MAX_REASON) || 'no reason given',
  }));
}

/** The tool error for a partial failure, or undefined when the answer is not one. */
export function partialFailureError(
  rule: PartialFailure | undefined,
  status: number,
  body: unknown,
): ToolError | undefined {
  if (!rule || status !== rule.status) {
    return undefined;
  }
  const failed = failedItems(rule, body);
  const named = failed.slice(0, MAX_ITEMS);
  const list = named.map((item) => `${item.id} (${item.reason})`).join(', ');
  const more = failed.length > named.length ? ` and ${failed.length - named.length} more` : '';
  const message =
    failed.length === 0
      ? `the upstream API did only part of the request (${status}) without naming the items that failed; check them before retrying`
      : `the upstream API did only part of the request (${status}): ${failed.length} item${failed.length === 1 ? '' : 's'} failed: ${list}${more}. The other items succeeded`;
  return { error: 'partial_failure', message, status, failed: named };
}
