/**
 * Upstream credentials: the base URL and the secrets of one auth scheme, from values named by the
 * integration's variables: the environment, read only by the settings loader (cli/settings.ts), or
 * values given in its place (embedding options, an admin API body). A sealed server-URL token
 * carries them too. The MCP connection's own Authorization header is never one of the sources.
 */

import type { Outcome } from '../data/outcome.js';
import type { IntegrationInfo } from '../data/tool-data.js';
import { authSchemes, missingAuthMessage, schemeVariables } from './auth/schemes.js';
import { tokenUrlVariables } from './auth/token-url.js';
import { nonEmpty, variableValue } from './url-variables.js';

export interface UpstreamCredentials {
  /** Absolute http(s) URL without a trailing slash. */
  baseUrl: string;
  /** The scheme's secret: bearer token, API key, password or OAuth client secret. */
  accessToken: string;
  /** @since runtime 1.1.0. The basic-auth user name or the OAuth client id. */
  account?: string;
  /** @since runtime 1.1.0. Which scheme of `[auth, ...moreAuth]` these are for (0 when absent). */
  scheme?: number;
  /** @since runtime 2.1.0. The stored OAuth refresh token (oauth2_refresh_token scheme). */
  refreshToken?: string;
  /** @since runtime 2.1.0. Base URL variable values a token URL uses (`{tenant}`), by variable name. */
  variables?: Record<string, string>;
}

export type { Outcome };

type Env = Record<string, string | undefined>;

function parseHttpUrl(text: string, source: string): Outcome<string> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: `${source} is not a valid URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: `${source} must be an http or https URL` };
  }
  if (url.username || url.password || url.search || url.hash) {
    return { ok: false, message: `${source} must not carry credentials, a query or a fragment` };
  }
  return { ok: true, value: url.href.replace(/\/+$/, '') };
}

/** The base URL: the full-URL variable wins; otherwise the template filled from its variables. */
export function resolveBaseUrl(integration: IntegrationInfo, env: Env): Outcome<string> {
  const fullUrl = nonEmpty(env[integration.baseUrlEnv]);
  if (fullUrl) {
    return parseHttpUrl(fullUrl, integration.baseUrlEnv);
  }
  let filled = integration.baseUrl;
  for (const [name, variable] of Object.entries(integration.baseUrlVariables)) {
    if (!integration.baseUrl.includes(`{${name}}`)) {
      continue; // a token URL's variable only
    }
    const value = variableValue(variable, env, `or ${integration.baseUrlEnv}`);
    if (!value.ok) {
      return value;
    }
    filled = filled.split(`{${name}}`).join(value.value);
  }
  return parseHttpUrl(filled, `the base URL built from ${integration.baseUrl}`);
}

export function resolveCredentials(integration: IntegrationInfo, env: Env): Outcome<UpstreamCredentials> {
  const baseUrl = resolveBaseUrl(integration, env);
  if (!baseUrl.ok) {
    return baseUrl;
  }
  const schemes = authSchemes(integration);
  for (const [index, scheme] of schemes.entries()) {
    const variables = schemeVariables(scheme, integration.displayName);
    const values = variables.map((variable) => nonEmpty(env[variable.env]));
    const valueFor = (role: string) => values[variables.findIndex((variable) => variable.role === role)];
    const secret = valueFor('secret');
    if (secret === undefined || values.some((value) => value === undefined)) {
      continue;
    }
    const account = valueFor('account');
    const refreshToken = valueFor('refresh');
    const value: UpstreamCredentials = { baseUrl: baseUrl.value, accessToken: secret };
    if (account !== undefined) {
      value.account = account;
    }
    if (index > 0) {
      value.scheme = index;
    }
    if (refreshToken !== undefined) {
      value.refreshToken = refreshToken;
    }
    const filled = tokenUrlVariables(integration, scheme, env);
    if (!filled.ok) {
      return filled;
    }
    if (filled.value) {
      value.variables = filled.value;
    }
    return { ok: true, value };
  }
  return { ok: false, message: missingAuthMessage(integration) };
}

/** True when the environment sets any upstream variable, so a bad value must stop start-up. */
export function hasAnyCredentialSetting(integration: IntegrationInfo, env: Env): boolean {
  const names = [
    integration.baseUrlEnv,
    ...authSchemes(integration).flatMap((scheme) =>
      schemeVariables(scheme, integration.displayName).map((variable) => variable.env),
    ),
    ...Object.values(integration.baseUrlVariables).map((variable) => variable.env),
  ];
  return names.some((name) => nonEmpty(env[name]) !== undefined);
}
