/**
 * integration.yaml from the document: base URL (and its variables) from `servers`, auth schemes
 * from `components.securitySchemes`. What cannot be carried over is said in the notes.
 */
import { envName, isObject, type JsonObject, list, obj, str, strings, vendorText } from './values.js';

export interface IntegrationDraft {
  file: JsonObject;
  /** Header names that carry credentials: never tool parameters. */
  authHeaders: Set<string>;
  notes: string[];
}

const PLACEHOLDER_URL = 'https://api.example.invalid';

export function mapIntegration(name: string, doc: JsonObject): IntegrationDraft {
  const notes: string[] = [];
  const info = obj(doc.info);
  const base = baseUrl(name, doc, notes);
  const auth = authSchemes(name, obj(obj(doc.components).securitySchemes), notes);
  const file: JsonObject = {
    name,
    display_name: vendorText(info.title) ?? name,
    package_name: `${name}-mcp-server`,
    ...base,
    auth: auth.schemes.length === 1 && auth.schemes[0] ? auth.schemes[0] : auth.schemes,
    rate_limit: { throttled_when: [{ status: 429 }], counters: [] },
    identifiers: {},
  };
  notes.push(
    'rate_limit: only HTTP 429 is recognised as throttling and no limit counters are read; declare them from the vendor docs',
  );
  return { file, authHeaders: auth.headers, notes };
}

function baseUrl(name: string, doc: JsonObject, notes: string[]): JsonObject {
  const servers = list(doc.servers).filter(isObject);
  const server = servers.find((s) => /^https?:\/\//.test(str(s.url) ?? ''));
  const env = envName(name, 'base_url');
  if (!server) {
    notes.push(
      `servers: ${servers.length === 0 ? 'none' : 'no absolute http(s) URL'} in the document; base_url is a placeholder (${PLACEHOLDER_URL}): set it, or set ${env} when running`,
    );
    return { base_url: PLACEHOLDER_URL, base_url_env: env };
  }
  if (servers.length > 1) {
    notes.push(`servers: ${servers.length} in the document; the first absolute one (${str(server.url)}) is used`);
  }
  const url = (str(server.url) ?? '').replace(/\/+$/, '');
  const variables: JsonObject = {};
  for (const [variable, spec] of Object.entries(obj(server.variables))) {
    if (!url.includes(`{${variable}}`)) {
      continue;
    }
    const values = strings(obj(spec).enum);
    const fallback = str(obj(spec).default);
    variables[variable] = {
      env: envName(name, variable),
      description:
        vendorText(obj(spec).description) ??
        `Server variable '${variable}'${fallback ? ` (the document's default: ${fallback})` : ''}.`,
      ...(values.length > 0 ? { pattern: `^(${values.map(escapeRegExp).join('|')})$` } : {}),
    };
  }
  return {
    base_url: url,
    base_url_env: env,
    ...(Object.keys(variables).length > 0 ? { base_url_variables: variables } : {}),
  };
}

function authSchemes(
  name: string,
  schemes: JsonObject,
  notes: string[],
): { schemes: JsonObject[]; headers: Set<string> } {
  const out: JsonObject[] = [];
  const headers = new Set<string>();
  const used = new Set<string>();
  const env = (...parts: string[]) => {
    let candidate = envName(name, ...parts);
    for (let i = 2; used.has(candidate); i++) {
      candidate = `${envName(name, ...parts)}_${i}`;
    }
    used.add(candidate);
    return candidate;
  };
  for (const [key, value] of Object.entries(schemes)) {
    const scheme = obj(value);
    const type = str(scheme.type);
    const httpScheme = str(scheme.scheme)?.toLowerCase();
    if (type === 'http' && httpScheme === 'bearer') {
      out.push({ type: 'bearer', token_env: env('token') });
    } else if (type === 'http' && httpScheme === 'basic') {
      out.push({ type: 'basic', username_env: env('username'), password_env: env('password') });
    } else if (
      type === 'apiKey' &&
      (scheme.in === 'header' || scheme.in === 'query') &&
      /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(str(scheme.name) ?? '')
    ) {
      const keyName = str(scheme.name) ?? '';
      if (scheme.in === 'header') {
        headers.add(keyName.toLowerCase());
      }
      out.push({ type: 'api_key', in: scheme.in, name: keyName, key_env: env(key === keyName ? 'api_key' : key) });
      if (keyName.toLowerCase() === 'authorization') {
        notes.push(
          `auth ${key}: the key goes in the Authorization header as it is; add scheme: (e.g. Bearer or token) if the vendor expects a prefix`,
        );
      }
    } else if (type === 'oauth2' && isObject(obj(scheme.flows).clientCredentials)) {
      const flow = obj(obj(scheme.flows).clientCredentials);
      out.push({
        type: 'oauth2_client_credentials',
        token_url: str(flow.tokenUrl) ?? '/oauth/token',
        client_id_env: env('client_id'),
        client_secret_env: env('client_secret'),
        scopes: Object.keys(obj(flow.scopes)),
      });
    } else if (type === 'oauth2' || type === 'openIdConnect') {
      out.push({ type: 'bearer', token_env: env('access_token') });
      notes.push(
        `auth ${key}: ${type} is taken as a bearer access token; add auth.oauth (authorize_path, token_path) to connect hosted accounts`,
      );
    } else {
      notes.push(
        `auth ${key}: ${type ?? 'unknown'}${scheme.in ? ` in ${str(scheme.in)}` : ''} is not a scheme the spec format sends; left out`,
      );
    }
  }
  if (out.length === 0) {
    out.push({ type: 'bearer', token_env: env('token') });
    notes.push(
      'auth: the document declares no usable security scheme; a bearer token is assumed: check the vendor docs',
    );
  }
  return { schemes: out, headers };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
