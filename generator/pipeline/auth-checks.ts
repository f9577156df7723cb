import { authSchemes, schemeVariables } from 'saas-mcp-runtime/contract';
import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type { IntegrationModel } from '../ir/types.js';

/**
 * Auth schemes the runtime can use safely: each environment variable has one meaning, a token
 * endpoint is https (or a path on the base URL's origin), and a key header is not a standard one
 * the runtime sets itself.
 */
export function checkAuth(integration: IntegrationModel, isList: boolean, issues: Issue[]): void {
  const { info } = integration;
  const at = (index: number, key?: string): Origin => ({
    ...integration.origin,
    path: ['auth', ...(isList ? [index] : []), ...(key ? [key] : [])],
  });
  const seen = new Map<string, string>([[info.baseUrlEnv, 'base_url_env']]);
  for (const variable of Object.values(info.baseUrlVariables)) {
    seen.set(variable.env, 'a base_url_variables entry');
  }
  authSchemes(info).forEach((scheme, index) => {
    for (const variable of schemeVariables(scheme, info.displayName)) {
      const earlier = seen.get(variable.env);
      if (earlier) {
        issues.push(
          issue(
            'AUTH_INVALID',
            at(index),
            `${scheme.type} auth reads ${variable.env}, which ${earlier} already uses; give each credential its own variable`,
          ),
        );
      }
      seen.set(variable.env, `the ${scheme.type} auth scheme`);
    }
    if (
      (scheme.type === 'oauth2_client_credentials' || scheme.type === 'oauth2_refresh_token') &&
      !/^(https:\/\/[^\s/]+|\/)[^\s]*$/.test(scheme.tokenUrl)
    ) {
      issues.push(
        issue(
          'AUTH_INVALID',
          at(index, 'token_url'),
          `token_url ${JSON.stringify(scheme.tokenUrl)} must be an https URL or a path on the base URL's origin (/oauth/token)`,
        ),
      );
    }
    if (scheme.type === 'api_key' && scheme.in === 'query' && scheme.scheme) {
      issues.push(
        issue(
          'AUTH_INVALID',
          at(index, 'scheme'),
          `an API key in the query has no scheme word; remove scheme, or send the key in a header`,
        ),
      );
    }
    if (
      scheme.type === 'api_key' &&
      scheme.in === 'header' &&
      ['accept', 'content-type', 'host'].includes(scheme.name.toLowerCase())
    ) {
      issues.push(issue('AUTH_INVALID', at(index, 'name'), `the API key cannot travel in the ${scheme.name} header`));
    }
  });
}
