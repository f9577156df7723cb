import type { AuthScheme, OAuthInfo } from 'saas-mcp-runtime/contract';
import type { IdentifierKind, IntegrationModel, PublishSettings } from '../ir/types.js';
import type { RawAuthScheme, RawIntegration, RawOAuthConnect } from './spec-types.js';

const DEFAULT_MIN_DESCRIPTION = 12;
const DEFAULT_ERROR_PATHS = ['errorMessage', 'message', 'error'];

/** integration.yaml -> IR: runtime settings in the runtime's own (camelCase) shape, plus generator settings. */
export function toIntegrationModel(raw: RawIntegration, file: string): IntegrationModel {
  const identifiers = new Map<string, IdentifierKind>(
    Object.entries(raw.identifiers).map(([key, id]) => [
      key,
      {
        key,
        label: id.label,
        description: id.description.trim(),
        ...(id.not ? { not: id.not } : {}),
        ...(id.not_when ? { notWhen: id.not_when } : {}),
        ...(id.find_with ? { findWith: id.find_with } : {}),
        schema: structuredClone(id.schema),
        origin: { file, path: ['identifiers', key] },
      },
    ]),
  );
  const rl = raw.rate_limit;
  const [auth, ...moreAuth] = (Array.isArray(raw.auth) ? raw.auth : [raw.auth]).map(toAuthScheme);
  if (!auth) {
    throw new Error(`${file}: auth lists no scheme (the meta-schema requires one)`);
  }
  return {
    info: {
      name: raw.name,
      displayName: raw.display_name,
      packageName: raw.package_name,
      baseUrl: raw.base_url,
      baseUrlEnv: raw.base_url_env,
      baseUrlVariables: Object.fromEntries(
        Object.entries(raw.base_url_variables ?? {}).map(([k, v]) => [
          k,
          { env: v.env, ...(v.pattern ? { pattern: v.pattern } : {}), description: v.description },
        ]),
      ),
      auth,
      ...(moreAuth.length > 0 ? { moreAuth } : {}),
      rateLimit: {
        throttledWhen: rl.throttled_when.map((r) => ({
          status: r.status,
          ...(r.header ? { header: r.header } : {}),
          ...(r.values ? { values: [...r.values] } : {}),
        })),
        retryAfterHeader: rl.retry_after_header ?? 'Retry-After',
        counters: rl.counters.map((c) => ({
          limitHeader: c.limit_header,
          ...(c.remaining_header ? { remainingHeader: c.remaining_header } : {}),
          ...(c.used_header ? { usedHeader: c.used_header } : {}),
          ...(c.reset_header ? { resetHeader: c.reset_header } : {}),
          ...(c.reset_format ? { resetFormat: c.reset_format } : {}),
        })),
      },
      errorMessagePaths: [...(raw.error_message_paths ?? DEFAULT_ERROR_PATHS)],
      ...(raw.error_causes
        ? {
            errorCauses: raw.error_causes.map((c) => ({
              path: c.path,
              ...(c.field ? { field: c.field } : {}),
              message: [...c.message],
            })),
          }
        : {}),
      ...(raw.errors_in_success
        ? {
            errorsInSuccess: raw.errors_in_success.map((r) => ({
              path: r.path,
              ...(r.equals !== undefined ? { equals: structuredClone(r.equals) } : {}),
              ...(r.present ? { present: true } : {}),
              ...(r.code_path ? { codePath: r.code_path } : {}),
            })),
          }
        : {}),
    },
    version: raw.version ?? '0.1.0',
    description: (raw.description ?? `Tools for ${raw.display_name}.`).replace(/\s+/g, ' ').trim(),
    ...(raw.publish ? { publish: publishSettings(raw.publish, raw.package_name) } : {}),
    article: raw.article ?? articleFor(raw.name),
    identifiers,
    filters: {
      ...(raw.filters?.tags ? { tags: [...raw.filters.tags] } : {}),
      ...(raw.filters?.methods ? { methods: [...raw.filters.methods] } : {}),
    },
    budget: {
      ...(raw.budget?.max_total_tokens ? { maxTotalTokens: raw.budget.max_total_tokens } : {}),
      ...(raw.budget?.max_tool_tokens ? { maxToolTokens: raw.budget.max_tool_tokens } : {}),
    },
    minDescriptionLength: raw.min_description_length ?? DEFAULT_MIN_DESCRIPTION,
    nestedDocumentationExceptions: [...(raw.nested_documentation_exceptions ?? [])],
    origin: { file, path: [] },
  };
}

function publishSettings(raw: NonNullable<RawIntegration['publish']>, packageName: string): PublishSettings {
  const github = /^https:\/\/github\.com\/([^/]+)\/[^/]+$/.exec(raw.repository);
  const mcpName = raw.mcp_name ?? (github ? `io.github.${github[1]}/${packageName}` : undefined);
  return { npmScope: raw.npm_scope, repository: raw.repository.replace(/\.git$/, ''), ...(mcpName ? { mcpName } : {}) };
}

function oauthConnect(raw: RawOAuthConnect): OAuthInfo {
  return {
    authorizePath: raw.authorize_path,
    tokenPath: raw.token_path,
    clientIdEnv: raw.client_id_env,
    clientSecretEnv: raw.client_secret_env,
    scopes: [...(raw.scopes ?? [])],
  };
}

function toAuthScheme(raw: RawAuthScheme): AuthScheme {
  switch (raw.type) {
    case 'bearer':
      return { type: 'bearer', tokenEnv: raw.token_env, ...(raw.oauth ? { oauth: oauthConnect(raw.oauth) } : {}) };
    case 'api_key':
      return {
        type: 'api_key',
        in: raw.in,
        name: raw.name,
        ...(raw.scheme ? { scheme: raw.scheme } : {}),
        keyEnv: raw.key_env,
      };
    case 'basic':
      return {
        type: 'basic',
        usernameEnv: raw.username_env,
        ...(raw.password_env ? { passwordEnv: raw.password_env } : {}),
      };
    case 'oauth2_client_credentials':
      return { type: 'oauth2_client_credentials', ...tokenAuth(raw) };
    case 'oauth2_refresh_token': {
      const { tokenUrl, clientIdEnv, clientSecretEnv, ...rest } = tokenAuth(raw);
      return {
        type: 'oauth2_refresh_token',
        tokenUrl,
        clientIdEnv,
        clientSecretEnv,
        refreshTokenEnv: raw.refresh_token_env,
        ...rest,
      };
    }
  }
}

/** The settings both token-fetching schemes share. */
function tokenAuth(raw: Extract<RawAuthScheme, { token_url: string }>) {
  return {
    tokenUrl: raw.token_url,
    clientIdEnv: raw.client_id_env,
    clientSecretEnv: raw.client_secret_env,
    ...(raw.scopes ? { scopes: [...raw.scopes] } : {}),
    clientAuth: raw.client_auth ?? 'basic',
    ...(raw.header_scheme ? { headerScheme: raw.header_scheme } : {}),
  };
}

/**
 * English article by sound, for the word that follows it in tool names ("an egnyte", "a box",
 * "a unity", "an hour"). Letters alone get a few words wrong; integration.yaml's `article` overrides.
 */
export function articleFor(word: string): 'a' | 'an' {
  const w = word.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/.test(w)) {
    return 'an';
  }
  if (/^(uni|use|usa|uti|ure|eu|ewe|one|once)/.test(w)) {
    return 'a';
  }
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}
