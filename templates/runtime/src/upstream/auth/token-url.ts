/**
 * Token endpoints of the OAuth schemes: absolute, or a path on the base URL's origin (so a sandbox
 * base URL brings its own), with `{name}` filled from the base URL variable of that name
 * (`https://login.example.com/{tenant}/oauth2/v2.0/token`). Values are read once, with the rest
 * of the credentials, and checked like any base URL variable.
 */
import type { Outcome } from '../../data/outcome.js';
import type { AuthScheme, IntegrationInfo, TokenAuth } from '../../data/tool-data.js';
import { variableValue } from '../url-variables.js';

type Env = Record<string, string | undefined>;

export function isTokenScheme(scheme: AuthScheme): scheme is TokenAuth {
  return scheme.type === 'oauth2_client_credentials' || scheme.type === 'oauth2_refresh_token';
}

/** The `{name}` placeholders of a URL template. */
export function urlVariables(template: string): string[] {
  return [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
}

/** Values of the variables the scheme's token URL uses; undefined when it uses none. */
export function tokenUrlVariables(
  integration: IntegrationInfo,
  scheme: AuthScheme,
  env: Env,
): Outcome<Record<string, string> | undefined> {
  if (!isTokenScheme(scheme)) {
    return { ok: true, value: undefined };
  }
  const names = urlVariables(scheme.tokenUrl);
  if (names.length === 0) {
    return { ok: true, value: undefined };
  }
  const values: Record<string, string> = {};
  for (const name of names) {
    const variable = integration.baseUrlVariables[name];
    if (!variable) {
      return {
        ok: false,
        message: `the token URL ${scheme.tokenUrl} uses {${name}}, which no base URL variable declares`,
      };
    }
    const value = variableValue(variable, env);
    if (!value.ok) {
      return value;
    }
    values[name] = value.value;
  }
  return { ok: true, value: values };
}

/** `credentials`: the base URL and the variable values read with the rest of the credentials. */
export function tokenEndpoint(
  scheme: TokenAuth,
  credentials: { baseUrl: string; variables?: Record<string, string> },
): string {
  let url = scheme.tokenUrl;
  for (const [name, value] of Object.entries(credentials.variables ?? {})) {
    url = url.split(`{${name}}`).join(value);
  }
  return url.startsWith('/') ? new URL(url, credentials.baseUrl).href : url;
}
