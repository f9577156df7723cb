import type { JsonSchema, JsonValue } from 'saas-mcp-runtime/contract';
import { authSchemes } from 'saas-mcp-runtime/contract';
import type { Issue } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type { IntegrationModel, MethodModel } from '../ir/types.js';
import { ARRAY_STYLES } from './flatten.js';
import { documentedParams } from './param-origins.js';

/** Headers that carry credentials: a tool argument may never set them. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];
/** Headers the runtime or HTTP itself sets. */
const RESERVED_HEADERS = [
  'host',
  'content-length',
  'content-type',
  'accept',
  'transfer-encoding',
  'connection',
  'te',
  'upgrade',
];
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

function typesOf(schema: JsonValue | undefined): string[] {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    return [];
  }
  const type = schema.type;
  if (typeof type === 'string') {
    return [type];
  }
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

/**
 * What is wrong with an `x-send-as-map`, if anything: it needs an array of objects whose key and value
 * are required, the key a string. `spread: true` sends the map as the body's own keys.
 */
function sendAsMapProblem(spec: JsonValue, schema: JsonSchema | undefined, inJsonBody: boolean): string | undefined {
  const known = ['key', 'value', 'spread'];
  if (
    spec === null ||
    typeof spec !== 'object' ||
    Array.isArray(spec) ||
    typeof spec.key !== 'string' ||
    typeof spec.value !== 'string'
  ) {
    return 'must be { key: <property>, value: <property>, spread?: true }';
  }
  if (Object.keys(spec).some((k) => !known.includes(k)) || (spec.spread !== undefined && spec.spread !== true)) {
    return 'must be { key: <property>, value: <property>, spread?: true }';
  }
  if (!inJsonBody) {
    return 'is only for top-level properties of a JSON body';
  }
  const items = schema?.items as JsonSchema | undefined;
  if (!typesOf(schema).includes('array') || !typesOf(items).includes('object')) {
    return 'is set on a parameter that is not an array of objects';
  }
  const properties = (items?.properties ?? {}) as { [k: string]: JsonSchema };
  const required = Array.isArray(items?.required) ? items.required : [];
  for (const name of [spec.key, spec.value]) {
    if (!properties[name] || !required.includes(name)) {
      return `names '${name}', which is not a required property of its items`;
    }
  }
  if (!typesOf(properties[spec.key]).includes('string')) {
    return `names '${spec.key}' as the key, but map keys are strings`;
  }
  return undefined;
}

/**
 * Request shapes the runtime must be able to send: header parameters (scalar, never credentials or
 * reserved), array styles (on arrays in the query or a form body) and form bodies (nested values
 * travel as bracketed keys, `metadata[plan]=pro`).
 */
export function checkRequestShapes(
  integration: IntegrationModel,
  method: MethodModel,
  tool: string,
  input: JsonSchema,
  issues: Issue[],
): void {
  const label = `${tool} (${method.key})`;
  const properties = (input.properties ?? {}) as { [k: string]: JsonSchema };
  const keyHeaders = authSchemes(integration.info).flatMap((s) =>
    s.type === 'api_key' && s.in === 'header' ? [s.name.toLowerCase()] : [],
  );
  const queryKeys = authSchemes(integration.info).flatMap((s) =>
    s.type === 'api_key' && s.in === 'query' ? [s.name] : [],
  );
  const form = method.bodyEncoding === 'form';
  for (const param of documentedParams(method)) {
    const schema = properties[param.flat];
    const types = typesOf(schema);
    if (param.section === 'query' && queryKeys.includes(param.name)) {
      issues.push(
        issue(
          'AUTH_INVALID',
          param.origin,
          `query parameter '${param.name}' of ${label} is where the API key travels; credentials never come from tool inputs`,
        ),
      );
    }
    if (param.section === 'header') {
      const lower = param.name.toLowerCase();
      let problem: string | undefined;
      if (!HEADER_NAME.test(param.name)) {
        problem = 'is not a valid header name';
      } else if (CREDENTIAL_HEADERS.includes(lower) || keyHeaders.includes(lower)) {
        problem = 'carries credentials; declare it under auth in integration.yaml, never as a tool input';
      } else if (RESERVED_HEADERS.includes(lower)) {
        problem = 'is set by the runtime itself';
      } else if (types.some((t) => t === 'object' || t === 'array')) {
        problem = 'must take a single value (string, number, integer or boolean)';
      }
      if (problem) {
        issues.push(issue('HEADER_PARAM_INVALID', param.origin, `header '${param.name}' of ${label} ${problem}`));
      }
    }
    const style = param.raw['x-array-style'];
    if (style !== undefined) {
      const fits = param.section === 'query' || (param.section === 'body' && form);
      let problem: string | undefined;
      if (!ARRAY_STYLES.includes(style as never)) {
        problem = `is ${JSON.stringify(style)}; use one of ${ARRAY_STYLES.join(', ')}`;
      } else if (!fits) {
        problem = `is only for query parameters and form-encoded bodies, not the ${param.section === 'body' ? 'JSON body' : param.section}`;
      } else if (!types.includes('array')) {
        problem = 'is set on a parameter that is not type: array';
      }
      if (problem) {
        issues.push(
          issue(
            'ARRAY_STYLE_INVALID',
            { ...param.origin, path: [...param.origin.path, 'x-array-style'] },
            `x-array-style of '${param.name}' in ${label} ${problem}`,
          ),
        );
      }
    }
    if (param.raw['x-send-as-map'] !== undefined) {
      const problem = sendAsMapProblem(param.raw['x-send-as-map'], schema, param.section === 'body' && !form);
      if (problem) {
        issues.push(
          issue(
            'SEND_AS_MAP_INVALID',
            { ...param.origin, path: [...param.origin.path, 'x-send-as-map'] },
            `x-send-as-map of '${param.name}' in ${label} ${problem}`,
          ),
        );
      }
    }
    if (
      form &&
      param.section === 'body' &&
      types.includes('array') &&
      typesOf(schema?.items as JsonSchema | undefined).includes('array')
    ) {
      issues.push(
        issue(
          'FORM_BODY_INVALID',
          param.origin,
          `'${param.name}' of ${label} is an array of arrays, which a form body cannot write as bracketed keys; use a JSON body`,
        ),
      );
    }
  }
  if (form && !method.doc.bodySchema && !method.fixedBody) {
    issues.push(
      issue(
        'FORM_BODY_INVALID',
        { ...method.origin, path: [...method.origin.path, 'body_encoding'] },
        `${label} sets body_encoding: form but has no body_schema or fixed_body`,
      ),
    );
  }
}
