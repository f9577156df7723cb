import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type { MethodModel, Model, Plan, ResourceModel, ToolPlan } from '../ir/types.js';
import type { JsonSchema, ToolDefinition } from '../../templates/runtime/tool-data.js';
import { outputSchema, toolAnnotations, toolDescription } from './describe.js';
import { flatten, NEXT_CURSOR } from './flatten.js';
import { identifierUse, inlineIdentifiers } from './identifiers.js';
import { checkJsonSchema, createSchemaChecker } from './json-schema-check.js';
import { toolName, toolTitle } from './naming.js';
import { checkNestedPortable, checkPortable } from './portability.js';
import { splitInputSchema, tolerantOutputSchema } from './serve-schema.js';
import { checkSurface } from './surface-checks.js';

/**
 * Stage 4: IR -> the tools a server will serve. Names each tool, flattens its input, composes
 * descriptions and annotations, and checks everything that needs the whole tool surface.
 * `where` formats an origin as `file:line:col` for messages citing a second place.
 */
export function plan(model: Model, where: (o: Origin) => string): { plan: Plan; issues: Issue[] } {
  const issues: Issue[] = [];
  const ajv = createSchemaChecker();
  const { integration } = model;
  for (const id of integration.identifiers.values()) {
    checkJsonSchema(ajv, id.schema, { ...id.origin, path: [...id.origin.path, 'schema'] }, issues);
  }
  const tools: ToolPlan[] = [];
  for (const resource of model.resources) {
    for (const method of resource.methods) tools.push(planTool(model, resource, method, ajv, where, issues));
  }
  tools.sort((a, b) => a.definition.name.localeCompare(b.definition.name));
  checkSurface(integration, tools, where, issues);
  return { plan: { integration, tools, skipped: model.skipped }, issues };
}

function planTool(
  model: Model,
  resource: ResourceModel,
  method: MethodModel,
  ajv: ReturnType<typeof createSchemaChecker>,
  where: (o: Origin) => string,
  issues: Issue[],
): ToolPlan {
  const { integration } = model;
  const doc = method.doc!;
  const at = (key: string): Origin => ({ file: doc.origin.file, path: [...doc.origin.path, key] });
  for (const [key, schema] of [['query_schema', doc.querySchema], ['body_schema', doc.bodySchema], ['response_schema', doc.responseSchema]] as const) {
    if (!schema) continue;
    checkJsonSchema(ajv, schema, at(key), issues);
    if (key !== 'response_schema') checkPortable(schema, at(key), key, issues);
  }
  if (method.kind === 'list' && !method.pagination) {
    issues.push(issue('PAGINATION_MISMATCH', method.origin, `list method '${resource.name}.list' needs a pagination block (list tools return { data, next_cursor })`));
  }
  if (method.pagination && !method.responsePath) {
    issues.push(issue('PAGINATION_MISMATCH', method.origin, `paged method '${resource.name}.${method.key}' needs response_path (where the items are)`));
  }

  const name = toolName(integration, resource, method);
  const title = doc.title ?? toolTitle(integration, name);
  const { inputSchema, locations } = flatten(method, integration.identifiers, where, issues);
  const response = doc.responseSchema
    ? inlineIdentifiers(doc.responseSchema, integration.identifiers, at('response_schema'), issues, identifierUse('output'))
    : undefined;
  const output = outputSchema(method, response && tolerantOutputSchema(response));
  const { served, checks } = splitInputSchema(inputSchema);
  if (response && method.pagination) checkNestedPortable(response, at('response_schema'), 'response_schema', issues);
  else if (response) checkPortable(response, at('response_schema'), 'response_schema', issues);
  checkParamDescriptions(inputSchema, method, integration.minDescriptionLength, issues);

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
      ...(method.responsePath ? { responsePath: method.responsePath } : {}),
      ...(method.pagination ? { pagination: method.pagination } : {}),
    },
  };
  return { definition, examples: doc.examples, origin: method.origin };
}

/** The documentation quality gate: every parameter says what it takes, in a real sentence. */
function checkParamDescriptions(input: JsonSchema, method: MethodModel, min: number, issues: Issue[]): void {
  const properties = input.properties as { [k: string]: JsonSchema };
  const locations = flattenOrigins(method);
  for (const [name, schema] of Object.entries(properties)) {
    if (name === NEXT_CURSOR && method.pagination) continue; // ours, explained by the tool description
    const text = typeof schema.description === 'string' ? schema.description.trim() : '';
    if (text.length >= min) continue;
    const origin = locations.get(name) ?? method.doc!.origin;
    const problem = text ? `has a description shorter than ${min} characters ("${text}")` : 'has no description';
    issues.push(issue('PARAM_UNDOCUMENTED', origin, `parameter '${name}' of ${method.key} ${problem}`));
  }
}

/** Where each flat parameter was written, for pointing the documentation gate at it. */
function flattenOrigins(method: MethodModel): Map<string, Origin> {
  const out = new Map<string, Origin>();
  for (const p of method.pathParams) out.set(p.flatName, p.origin);
  const doc = method.doc!;
  for (const [key, schema] of [['query_schema', doc.querySchema], ['body_schema', doc.bodySchema]] as const) {
    const props = (schema?.properties ?? {}) as { [k: string]: JsonSchema };
    for (const [name, prop] of Object.entries(props)) {
      const flat = typeof prop['x-flat-name'] === 'string' ? prop['x-flat-name'] : name;
      out.set(flat, { file: doc.origin.file, path: [...doc.origin.path, key, 'properties', name] });
    }
  }
  return out;
}
