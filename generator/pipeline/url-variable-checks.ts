import { authSchemes, isTokenScheme, urlVariables } from 'saas-mcp-runtime/contract';
import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type { IntegrationModel } from '../ir/types.js';

/**
 * Base URL variables and the URLs they fill: a token URL's `{name}` must be a declared variable
 * (the runtime fills it from the same setting), and a declared variable must fill something.
 */
export function checkUrlVariables(integration: IntegrationModel, isList: boolean, issues: Issue[]): void {
  const { info } = integration;
  const declared = Object.keys(info.baseUrlVariables);
  const used = new Set(urlVariables(info.baseUrl));
  authSchemes(info).forEach((scheme, index) => {
    if (!isTokenScheme(scheme)) {
      return;
    }
    const at: Origin = { ...integration.origin, path: ['auth', ...(isList ? [index] : []), 'token_url'] };
    for (const name of urlVariables(scheme.tokenUrl)) {
      used.add(name);
      if (declared.includes(name)) {
        continue;
      }
      const known = declared.length > 0 ? `declared: ${declared.join(', ')}` : 'none is declared';
      issues.push(
        issue(
          'URL_VARIABLE_UNKNOWN',
          at,
          `token_url ${scheme.tokenUrl} uses {${name}}, but base_url_variables has no '${name}' (${known}); declare it with the setting that fills it`,
        ),
      );
    }
  });
  for (const name of declared.filter((n) => !used.has(n))) {
    const at: Origin = { ...integration.origin, path: ['base_url_variables', name] };
    issues.push(
      issue(
        'URL_VARIABLE_UNUSED',
        at,
        `base_url_variables.${name} fills nothing: neither base_url ${info.baseUrl} nor a token_url uses {${name}}; remove it or use it`,
      ),
    );
  }
}
