import type { JsonSchema, ToolDefinition } from 'saas-mcp-runtime/contract';
import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type { MethodModel, Model, Plan, ResourceModel, ToolPlan } from '../ir/types.js';
import { checkAuth } from './auth-checks.js';
import { outputSchema, toolAnnotations, toolDescription } from './describe.js';
import { flatten, NEXT_CURSOR } from './flatten.js';
import { identifierUse, inlineIdentifiers } from './identifiers.js';
import { checkJsonSchema, type SchemaCheck, schemaCheck } from './json-schema-check.js';
import { toolName, toolTitle } from './naming.js';
import { flattenOrigins } from './param-origins.js';
import { checkIntegrationPaths, checkMethodPaths, ROOT_PATH } from './path-checks.js';
import { checkNestedPortable, checkPortable } from './portability.js';
import { checkRequestShapes } from './request-checks.js';
import { splitInputSchema, tolerantOutputSchema } from './serve-schema.js';
import { checkPagingShape, checkValueStyles } from './shape-checks.js';
import { checkSurface } from './surface-checks.js';
import { checkUrlVariables } from './url-variable-checks.js';

/**
 * Stage 4: IR -> the tools a server will serve. Names each tool, flattens its input, composes
 * descriptions and annotations, and checks everything that needs the whole tool surface.
 * `where` formats an origin as `file:line:col` for messages citing a second place; `check` checks
 * each schema written in the spec (json-schema-check.ts).
 */
export function plan(
  model: Model,
  where: (o: Origin) => string,
  check: SchemaCheck = schemaCheck(),
): { plan: Plan; issues: Issue[] } {
  const issues: Issue[] = [];
  const { integration } = model;
  checkAuth(integration, integration.info.moreAuth !== undefined, issues);
  checkIntegrationPaths(integration, issues);
  checkUrlVariables(integration, integration.info.moreAuth !== undefined, issues);
  for (const id of integration.identifiers.values()) {
    checkJsonSchema(check, id.schema, { ...id.origin, path: [...id.origin.path, 'schema'] }, issues);
  }
  const tools: ToolPlan[] = [];
  for (const resource of model.resources) {
    for (const method of resource.methods) {
      tools.push(planTool(model, resource, method, check, where, issues));
    }
  }
  tools.sort((a, b) => a.definition.name.localeCompare(b.definition.name));
  checkSurface(integration, tools, where, issues);
  return { plan: { integration, tools, skipped: model.skipped }, issues };
}

function planTool(
  model: Model,
  resource: ResourceModel,
  method: MethodModel,
  check: SchemaCheck,
  where: (o: Origin) => string,
  issues: Issue[],
): ToolPlan {
  const { integration } = model;
  const { doc } = method;
  const at = (key: string): Origin => ({ file: doc.origin.file, path: [...doc.origin.path, key] });
  const name = toolName(integration, resource, method);
  const label = `${name} (${resource.name}.${method.key})`;
  const schemas = [
    ['query_schema', doc.querySchema],
    ['header_schema', doc.headerSchema],
    ['body_schema', doc.bodySchema],
    ['response_schema', doc.responseSchema],
  ] as const;
  for (const [key, schema] of schemas) {
    if (!schema) {
      continue;
    }
    checkJsonSchema(check, schema, at(key), issues, `${key} of ${label}`);
    if (key !== 'response_schema') {
      checkPortable(schema, at(key), `${key} of ${label}`, issues);
    }
  }
  if (method.kind === 'list' && !method.pagination) {
    issues.push(
      issue(
        'PAGINATION_MISMATCH',
        method.origin,
        `list method of ${label} needs a pagination block (list tools return { data, next_cursor })`,
      ),
    );
  }
  if (method.pagination && method.responsePath === undefined) {
    issues.push(
      issue(
        'PAGINATION_MISMATCH',
        method.origin,
        `paged method of ${label} needs response_path (where the items are; "$" when the answer is the item array itself)`,
      ),
    );
  }
  const linkStyle =
    method.pagination?.style === 'link_header'
      ? 'Link header'
      : method.pagination?.style === 'body_link'
        ? 'a next link in the body'
        : undefined;
  if (linkStyle && method.http !== 'GET') {
    issues.push(
      issue(
        'PAGINATION_MISMATCH',
        { ...method.origin, path: [...method.origin.path, 'pagination'] },
        `${label} pages by ${linkStyle}, which only works for GET (the next URL is fetched as it is)`,
      ),
    );
  }
  checkMethodPaths(method, name, issues);
  checkPagingShape(method, name, issues);
  const title = doc.title ?? toolTitle(integration, name);
  const { inputSchema, locations } = flatten(method, integration.identifiers, where, issues, label);
  const response = doc.responseSchema
    ? inlineIdentifiers(
        doc.responseSchema,
        integration.identifiers,
        at('response_schema'),
        issues,
        identifierUse('output'),
      )
    : undefined;
  const output = outputSchema(method, response && tolerantOutputSchema(response));
  const { served, checks } = splitInputSchema(inputSchema);
  // An array payload is wrapped as { data }, so only its inside must be portable.
  const what = `response_schema of ${label}`;
  if (response && (method.pagination || response.type === 'array')) {
    checkNestedPortable(response, at('response_schema'), what, issues);
  } else if (response) {
    checkPortable(response, at('response_schema'), what, issues);
  }
  const excepted = new Set(
    integration.nestedDocumentationExceptions
      .filter((e) => e.startsWith(`${resource.name}.${method.key} `))
      .map((e) => e.split(' ')[1] ?? ''),
  );
  checkParamDescriptions(inputSchema, method, name, integration.minDescriptionLength, excepted, issues);
  checkRequestShapes(integration, method, name, inputSchema, issues);
  checkValueStyles(method, name, issues);

  const definition: ToolDefinition = {
    name,
    title,
    description: toolDescription(method),
    inputSchema: served,
    ...(Object.keys(checks).length > 0 ? { argumentChecks: checks } : {}),
    ...(output ? { outputSchema: output } : {}),
    annotations: toolAnnotations(method),
    tags: [...resource.tags],
    kind: method.kind,
    source: { resource: resource.name, method: method.key },
    request: {
      method: method.http,
      path: method.path,
      locations,
      ...(method.fixedQuery ? { fixedQuery: method.fixedQuery } : {}),
      ...(method.fixedBody ? { fixedBody: method.fixedBody } : {}),
      ...(method.responsePath && method.responsePath !== ROOT_PATH ? { responsePath: method.responsePath } : {}),
      ...(method.pagination ? { pagination: method.pagination } : {}),
      ...(method.bodyEncoding === 'form' ? { bodyEncoding: 'form' as const } : {}),
      ...(method.partialFailure ? { partialFailure: method.partialFailure } : {}),
    },
  };
  return { definition, examples: doc.examples, origin: method.origin };
}

/**
 * The documentation quality gate: every parameter says what it takes, in a real sentence, and so
 * does every property nested inside a body object (the model fills those in too).
 */
function checkParamDescriptions(
  input: JsonSchema,
  method: MethodModel,
  tool: string,
  min: number,
  excepted: ReadonlySet<string>,
  issues: Issue[],
): void {
  const properties = input.properties as { [k: string]: JsonSchema };
  const locations = flattenOrigins(method);
  const check = (name: string, schema: JsonSchema, origin: Origin) => {
    const text = typeof schema.description === 'string' ? schema.description.trim() : '';
    if (text.length >= min) {
      return;
    }
    const problem = text ? `has a description shorter than ${min} characters ("${text}")` : 'has no description';
    issues.push(issue('PARAM_UNDOCUMENTED', origin, `parameter '${name}' of ${tool} (${method.key}) ${problem}`));
  };
  for (const [name, schema] of Object.entries(properties)) {
    if (name === NEXT_CURSOR && method.pagination) {
      continue; // ours, explained by the tool description
    }
    const origin = locations.get(name) ?? method.doc.origin;
    check(name, schema, origin);
    nestedProperties(
      schema,
      name,
      origin.path,
      (path, sub, at) => excepted.has(path) || check(path, sub, { ...origin, path: at }),
    );
  }
}

/** Visits properties of nested objects (also inside array items), with dotted names and origin paths. */
function nestedProperties(
  schema: JsonSchema,
  name: string,
  at: readonly (string | number)[],
  visit: (path: string, schema: JsonSchema, at: (string | number)[]) => void,
): void {
  const items = schema.items;
  if (items && typeof items === 'object' && !Array.isArray(items)) {
    nestedProperties(items, `${name}[]`, [...at, 'items'], visit);
  }
  const props = schema.properties;
  if (!props || typeof props !== 'object' || Array.isArray(props)) {
    return;
  }
  for (const [key, sub] of Object.entries(props)) {
    if (!sub || typeof sub !== 'object' || Array.isArray(sub)) {
      continue;
    }
    const path = [...at, 'properties', key];
    visit(`${name}.${key}`, sub, path);
    nestedProperties(sub, `${name}.${key}`, path, visit);
  }
}
