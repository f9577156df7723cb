import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type { IntegrationModel, MethodModel } from '../ir/types.js';

/** A dotted path the runtime can follow: non-empty segments separated by single dots. */
const DOTTED = /^[^.\s]+(\.[^.\s]+)*$/;
/** `response_path: $` is the whole answer (a list answer whose items are the root array). */
export const ROOT_PATH = '$';

function why(path: string): string {
  if (path === '') {
    return 'is empty';
  }
  if (path === '.' || path === '$.') {
    return 'is not a path';
  }
  return 'has an empty segment or a space';
}

/** response_path and every path a paging style reads must be usable; `""` and `"."` included. */
export function checkMethodPaths(method: MethodModel, tool: string, issues: Issue[]): void {
  const at = (...keys: string[]): Origin => ({ ...method.origin, path: [...method.origin.path, ...keys] });
  const label = `${tool} (${method.key})`;
  const path = method.responsePath;
  if (path !== undefined && path !== ROOT_PATH && !DOTTED.test(path)) {
    const fix = method.pagination
      ? `for items at the root of the answer (a JSON array) write response_path: "$"`
      : 'write the dotted path of the payload (e.g. data.items), or leave response_path out for the whole answer';
    issues.push(
      issue(
        'RESPONSE_PATH_INVALID',
        at('response_path'),
        `response_path ${JSON.stringify(path)} of ${label} ${why(path)}; ${fix}`,
      ),
    );
  }
  const p = method.pagination as Record<string, unknown> | undefined;
  const keys: [string, string][] = [
    ['nextCursorPath', 'next_cursor_path'],
    ['nextLinkPath', 'next_link_path'],
    ['morePath', 'more_path'],
    ['totalPath', 'total_path'],
    ['totalPagesPath', 'total_pages_path'],
    ['totalItemsPath', 'total_items_path'],
  ];
  for (const [key, yaml] of keys) {
    const value = p?.[key];
    if (typeof value !== 'string' || (DOTTED.test(value) && value !== ROOT_PATH)) {
      continue;
    }
    const problem = value === ROOT_PATH ? 'cannot be the whole answer' : why(value);
    issues.push(
      issue(
        'RESPONSE_PATH_INVALID',
        at('pagination', yaml),
        `pagination.${yaml} ${JSON.stringify(value)} of ${label} ${problem}; name the field of the answer that holds it, e.g. meta.next_cursor`,
      ),
    );
  }
}

/** Error message and cause paths in integration.yaml are read the same way. */
export function checkIntegrationPaths(integration: IntegrationModel, issues: Issue[]): void {
  const at = (...keys: (string | number)[]): Origin => ({ ...integration.origin, path: keys });
  integration.info.errorMessagePaths.forEach((path, index) => {
    if (DOTTED.test(path)) {
      return;
    }
    issues.push(
      issue(
        'RESPONSE_PATH_INVALID',
        at('error_message_paths', index),
        `error_message_paths entry ${JSON.stringify(path)} ${why(path)}; name the field holding the message, e.g. error.message`,
      ),
    );
  });
  (integration.info.errorsInSuccess ?? []).forEach((rule, index) => {
    if ((rule.equals === undefined) === (rule.present === undefined)) {
      const which = rule.present === undefined ? 'neither equals nor present' : 'both equals and present';
      issues.push(
        issue(
          'SUCCESS_ERROR_INVALID',
          at('errors_in_success', index),
          `errors_in_success rule for ${JSON.stringify(rule.path)} says ${which}; say one: equals (e.g. false for "ok") or present: true (e.g. for "errors")`,
        ),
      );
    }
    for (const [key, value] of [
      ['path', rule.path],
      ['code_path', rule.codePath],
    ] as const) {
      if (value === undefined || DOTTED.test(value)) {
        continue;
      }
      issues.push(
        issue(
          'RESPONSE_PATH_INVALID',
          at('errors_in_success', index, key),
          `errors_in_success ${key} ${JSON.stringify(value)} ${why(value)}; name a field of the answer, e.g. ok or error.code`,
        ),
      );
    }
  });
  (integration.info.errorCauses ?? []).forEach((rule, index) => {
    for (const [key, value] of [
      ['path', rule.path],
      ['field', rule.field],
    ] as const) {
      if (value === undefined || DOTTED.test(value) || (key === 'path' && value === ROOT_PATH)) {
        continue;
      }
      issues.push(
        issue(
          'RESPONSE_PATH_INVALID',
          at('error_causes', index, key),
          `error_causes ${key} ${JSON.stringify(value)} ${why(value)}; name a field of the error body, e.g. errors`,
        ),
      );
    }
  });
}
