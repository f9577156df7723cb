/**
 * Errors inside a 2xx answer (`200 {"ok": false, "error": "user_not_found"}`): recognised by the
 * integration's `errorsInSuccess` rules and turned into a tool error that carries the API's own
 * code, so a model never reads a failure as a success.
 */

import { isPlainObject, readPath } from '../data/json-path.js';
import type { IntegrationInfo, JsonValue, SuccessErrorRule } from '../data/tool-data.js';
import { type UpstreamResponse, vendorMessage } from '../upstream/client.js';
import { withCauses } from '../upstream/error-causes.js';
import type { ToolError } from './results.js';

function isSet(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === '') {
    return false;
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  return !isPlainObject(value) || Object.keys(value).length > 0;
}

function matches(rule: SuccessErrorRule, body: unknown): boolean {
  const value = readPath(body, rule.path);
  if (rule.present) {
    return isSet(value);
  }
  return value !== undefined && JSON.stringify(value) === JSON.stringify(rule.equals as JsonValue);
}

export function errorInSuccess(response: UpstreamResponse, integration: IntegrationInfo): ToolError | undefined {
  const rule = (integration.errorsInSuccess ?? []).find((candidate) => matches(candidate, response.body));
  if (!rule) {
    return undefined;
  }
  const code = rule.codePath ? readPath(response.body, rule.codePath) : undefined;
  const ownCode = typeof code === 'string' || typeof code === 'number' ? String(code).slice(0, 100) : undefined;
  const summary = vendorMessage(response, integration.errorMessagePaths);
  // Without a message of its own, the code is the most specific text the API gave.
  const message =
    ownCode && summary === `the upstream API answered ${response.status}`
      ? `the upstream API answered ${response.status} with error ${ownCode}`
      : summary;
  return {
    error: 'upstream_error',
    message: withCauses(message, response.body, integration.errorCauses),
    status: response.status,
    ...(ownCode ? { code: ownCode } : {}),
  };
}
