/** One base URL variable read from the environment: set, and a plain host part matching its pattern. */
import type { Outcome } from '../data/outcome.js';
import type { IntegrationInfo } from '../data/tool-data.js';

type Env = Record<string, string | undefined>;
type Variable = IntegrationInfo['baseUrlVariables'][string];

/** A variable without its own pattern must still be a plain host label, never a path or userinfo. */
const SAFE_HOST_PART = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;

export function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** `alternative` completes "set X (...)" when something else can stand in (the full base URL). */
export function variableValue(variable: Variable, env: Env, alternative = ''): Outcome<string> {
  const value = nonEmpty(env[variable.env]);
  if (!value) {
    return {
      ok: false,
      message: `set ${variable.env} (${variable.description})${alternative ? ` ${alternative}` : ''}`,
    };
  }
  const pattern = variable.pattern ? new RegExp(variable.pattern) : SAFE_HOST_PART;
  if (!pattern.test(value) || !SAFE_HOST_PART.test(value)) {
    return { ok: false, message: `${variable.env} is not valid: expected ${variable.description}` };
  }
  return { ok: true, value };
}
