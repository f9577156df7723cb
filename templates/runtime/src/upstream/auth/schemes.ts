/**
 * The auth schemes an integration accepts, and the environment variables each one reads. One
 * place for the variable list: credentials, `--help` and the generated README all use it.
 */
import type { AuthScheme, BearerAuth, IntegrationInfo } from '../../data/tool-data.js';

/** `auth` first, then the alternatives, in the order they are tried. */
export function authSchemes(integration: IntegrationInfo): AuthScheme[] {
  return [integration.auth, ...(integration.moreAuth ?? [])];
}

/** The bearer scheme a hosted account's token is sent with (the control plane stores bearer tokens), if any. */
export function bearerScheme(integration: IntegrationInfo): BearerAuth | undefined {
  return authSchemes(integration).find((scheme): scheme is BearerAuth => scheme.type === 'bearer');
}

export interface SchemeVariable {
  env: string;
  /** What to put there, for help texts. */
  meaning: string;
  /** Which credential field it fills (`refresh`: the stored refresh token, @since runtime 2.1.0). */
  role: 'secret' | 'account' | 'refresh';
}

export function schemeVariables(scheme: AuthScheme, displayName: string): SchemeVariable[] {
  switch (scheme.type) {
    case 'bearer':
      return [{ env: scheme.tokenEnv, meaning: `${displayName} access token, sent as a bearer token`, role: 'secret' }];
    case 'api_key': {
      const where =
        scheme.in === 'query'
          ? `sent in the query as ${scheme.name}= (weaker: query strings end up in proxy and server logs; prefer a header scheme when ${displayName} offers one)`
          : `sent as the ${scheme.name} header${scheme.scheme ? ` ("${scheme.scheme} <key>")` : ''}`;
      return [{ env: scheme.keyEnv, meaning: `${displayName} API key, ${where}`, role: 'secret' }];
    }
    case 'basic':
      // No password: the user name is the API key, sent with an empty password.
      if (scheme.passwordEnv === undefined) {
        return [
          {
            env: scheme.usernameEnv,
            meaning: `${displayName} API key, sent as the HTTP basic user name with an empty password`,
            role: 'secret',
          },
        ];
      }
      return [
        { env: scheme.usernameEnv, meaning: `${displayName} user name for HTTP basic authentication`, role: 'account' },
        {
          env: scheme.passwordEnv,
          meaning: `${displayName} password or API token for HTTP basic authentication`,
          role: 'secret',
        },
      ];
    case 'oauth2_client_credentials':
      return [
        {
          env: scheme.clientIdEnv,
          meaning: `${displayName} OAuth client id (client credentials grant at ${scheme.tokenUrl})`,
          role: 'account',
        },
        {
          env: scheme.clientSecretEnv,
          meaning: `${displayName} OAuth client secret; access tokens are fetched and renewed automatically`,
          role: 'secret',
        },
      ];
    case 'oauth2_refresh_token':
      return [
        {
          env: scheme.clientIdEnv,
          meaning: `${displayName} OAuth client id (refresh token grant at ${scheme.tokenUrl})`,
          role: 'account',
        },
        { env: scheme.clientSecretEnv, meaning: `${displayName} OAuth client secret`, role: 'secret' },
        {
          env: scheme.refreshTokenEnv,
          meaning: `${displayName} OAuth refresh token; access tokens are fetched with it and renewed automatically`,
          role: 'refresh',
        },
      ];
  }
}

/** "set A" / "set A, or B and C": what a user must set when no scheme is complete. */
export function missingAuthMessage(integration: IntegrationInfo): string {
  const options = authSchemes(integration).map((scheme) =>
    schemeVariables(scheme, integration.displayName)
      .map((v) => v.env)
      .join(' and '),
  );
  return `set ${options.join(', or ')}`;
}
