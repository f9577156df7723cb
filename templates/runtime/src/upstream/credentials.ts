/**
 * Upstream credentials: the base URL and the secrets of one auth scheme, read from the environment
 * (or from a sealed server-URL token). The MCP connection's own Authorization header is never one
 * of the sources.
 */
import { authSchemes, missingAuthMessage, schemeVariables } from './auth/schemes.js';
import type { IntegrationInfo } from '../data/tool-data.js';
import type { Outcome } from '../data/outcome.js';

export interface UpstreamCredentials {
  /** Absolute http(s) URL without a trailing slash. */
  baseUrl: string;
  /** The scheme's secret: bearer token, API key, password or OAuth client secret. */
  accessToken: string;
  /** @since runtime 1.1.0. The basic-auth user name or the OAuth client id. */
  account?: string;
  /** @since runtime 1.1.0. Which scheme of `[auth, ...moreAuth]` these are for (0 when absent). */
  scheme?: number;
}

export type { Outcome };

type Env = Record<string, string | undefined>;

/** A variable without its own pattern must still be a plain host label, never a path or userinfo. */
const SAFE_HOST_PART = /^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

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
  if (fullUrl) return parseHttpUrl(fullUrl, integration.baseUrlEnv);
  let filled = integration.baseUrl;
  for (const [name, variable] of Object.entries(integration.baseUrlVariables)) {
    const value = nonEmpty(env[variable.env]);
    if (!value) {
      return { ok: false, message: `set ${variable.env} (${variable.description}) or ${integration.baseUrlEnv}` };
    }
    const pattern = variable.pattern ? new RegExp(variable.pattern) : SAFE_HOST_PART;
    if (!pattern.test(value) || !SAFE_HOST_PART.test(value)) {
      return { ok: false, message: `${variable.env} is not valid: expected ${variable.description}` };
    }
    filled = filled.split(`{${name}}`).join(value);
  }
  return parseHttpUrl(filled, `the base URL built from ${integration.baseUrl}`);
}

export function resolveCredentials(integration: IntegrationInfo, env: Env): Outcome<UpstreamCredentials> {
  const baseUrl = resolveBaseUrl(integration, env);
  if (!baseUrl.ok) return baseUrl;
  const schemes = authSchemes(integration);
  for (const [index, scheme] of schemes.entries()) {
    const variables = schemeVariables(scheme, integration.displayName);
    const values = variables.map((variable) => nonEmpty(env[variable.env]));
    if (values.some((value) => value === undefined)) continue;
    const secret = values[variables.findIndex((variable) => variable.role === 'secret')]!;
    const account = values[variables.findIndex((variable) => variable.role === 'account')];
    const value: UpstreamCredentials = { baseUrl: baseUrl.value, accessToken: secret };
    if (account !== undefined) value.account = account;
    if (index > 0) value.scheme = index;
    return { ok: true, value };
  }
  return { ok: false, message: missingAuthMessage(integration) };
}

/** True when the environment sets any upstream variable, so a bad value must stop start-up. */
export function hasAnyCredentialSetting(integration: IntegrationInfo, env: Env): boolean {
  const names = [
    integration.baseUrlEnv,
    ...authSchemes(integration).flatMap((scheme) => schemeVariables(scheme, integration.displayName).map((variable) => variable.env)),
    ...Object.values(integration.baseUrlVariables).map((variable) => variable.env),
  ];
  return names.some((name) => nonEmpty(env[name]) !== undefined);
}
