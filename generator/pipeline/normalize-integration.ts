import type { IdentifierKind, IntegrationModel } from '../ir/types.js';
import type { RawIntegration } from './spec-types.js';

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
        ...(id.find_with ? { findWith: id.find_with } : {}),
        schema: structuredClone(id.schema),
        origin: { file, path: ['identifiers', key] },
      },
    ]),
  );
  const rl = raw.rate_limit;
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
      auth: {
        type: raw.auth.type,
        tokenEnv: raw.auth.token_env,
        ...(raw.auth.oauth
          ? {
              oauth: {
                authorizePath: raw.auth.oauth.authorize_path,
                tokenPath: raw.auth.oauth.token_path,
                clientIdEnv: raw.auth.oauth.client_id_env,
                clientSecretEnv: raw.auth.oauth.client_secret_env,
                scopes: [...(raw.auth.oauth.scopes ?? [])],
              },
            }
          : {}),
      },
      rateLimit: {
        throttledWhen: rl.throttled_when.map((r) => ({
          status: r.status,
          ...(r.header ? { header: r.header } : {}),
          ...(r.values ? { values: [...r.values] } : {}),
        })),
        retryAfterHeader: rl.retry_after_header,
        counters: rl.counters.map((c) => ({
          limitHeader: c.limit_header,
          ...(c.remaining_header ? { remainingHeader: c.remaining_header } : {}),
          ...(c.used_header ? { usedHeader: c.used_header } : {}),
          ...(c.reset_header ? { resetHeader: c.reset_header } : {}),
        })),
      },
      errorMessagePaths: [...(raw.error_message_paths ?? DEFAULT_ERROR_PATHS)],
    },
    version: raw.version ?? '0.1.0',
    description: (raw.description ?? `Tools for ${raw.display_name}.`).replace(/\s+/g, ' ').trim(),
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
    origin: { file, path: [] },
  };
}

/**
 * English article by sound, for the word that follows it in tool names ("an egnyte", "a box",
 * "a unity", "an hour"). Letters alone get a few words wrong; integration.yaml's `article` overrides.
 */
export function articleFor(word: string): 'a' | 'an' {
  const w = word.toLowerCase();
  if (/^(hour|honest|honou?r|heir)/.test(w)) return 'an';
  if (/^(uni|use|usa|uti|ure|eu|ewe|one|once)/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}
