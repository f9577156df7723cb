import type { MethodKind, PartialFailure } from 'saas-mcp-runtime/contract';
import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type {
  DeclaredMethod,
  DeclaredResource,
  DocEntryModel,
  IntegrationModel,
  MethodModel,
  Model,
  SkippedMethod,
} from '../ir/types.js';
import type { SpecSources } from './load.js';
import { toIntegrationModel } from './normalize-integration.js';
import type { RawDocEntry, RawDocs, RawIntegration, RawMethod, RawResource } from './spec-types.js';

const CRUD: readonly string[] = ['list', 'get', 'create', 'update', 'delete'];

/**
 * Stage 3: validated spec files -> IR. Attaches documentation entries to methods, applies the
 * documentation gate and generation filters (the skip report), and reports entries that point nowhere.
 * Pure: reads only `sources`, returns new objects.
 */
export function normalize(sources: SpecSources): { model: Model; issues: Issue[] } {
  const issues: Issue[] = [];
  const integrationDoc = sources.docs.find((d) => d.kind === 'integration');
  if (!integrationDoc) {
    throw new Error('internal: normalize called without integration.yaml (load refuses that)');
  }
  const integration = toIntegrationModel(integrationDoc.data as RawIntegration, integrationDoc.file);

  const resources: DeclaredResource[] = [];
  const seen = new Map<string, Origin>();
  for (const source of sources.docs.filter((d) => d.kind === 'resource')) {
    const raw = source.data as RawResource;
    const origin = { file: source.file, path: ['resource'] };
    const earlier = seen.get(raw.resource);
    if (earlier) {
      issues.push(
        issue('DUPLICATE_RESOURCE', origin, `resource '${raw.resource}' is already defined in ${earlier.file}`),
      );
      continue;
    }
    seen.set(raw.resource, origin);
    resources.push(toResource(raw, source.file, issues));
  }

  const docs = collectDocs(sources, resources, issues);
  const skipped: SkippedMethod[] = [];
  const documented = resources.map((resource) => ({
    ...resource,
    methods: resource.methods.flatMap((method): MethodModel[] => {
      const doc = docs.get(`${resource.name}.${method.key}`);
      const reason = doc ? filterReason(integration, resource, method) : 'no documentation entry';
      if (reason !== undefined) {
        skipped.push({ resource: resource.name, method: method.key, reason });
      }
      return doc && reason === undefined ? [{ ...method, doc }] : [];
    }),
  }));
  return { model: { integration, resources: documented, skipped }, issues };
}

function toResource(raw: RawResource, file: string, issues: Issue[]): DeclaredResource {
  const methods = Object.entries(raw.methods).map(([key, m]) => toMethod(key, m, file, issues));
  return {
    name: raw.resource,
    singular: raw.singular,
    ...(raw.description ? { description: raw.description } : {}),
    tags: [...raw.tags],
    methods,
    origin: { file, path: ['resource'] },
  };
}

function toMethod(key: string, raw: RawMethod, file: string, issues: Issue[]): DeclaredMethod {
  const origin = { file, path: ['methods', key] };
  const placeholders = [...raw.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const declared = raw.path_params ?? {};
  for (const name of placeholders.filter((p) => !(p in declared))) {
    issues.push(
      issue(
        'PATH_PARAM_UNDECLARED',
        { file, path: ['methods', key, 'path'] },
        `path placeholder {${name}} has no entry in path_params`,
      ),
    );
  }
  for (const name of Object.keys(declared).filter((p) => !placeholders.includes(p))) {
    issues.push(
      issue(
        'PATH_PARAM_UNUSED',
        { file, path: ['methods', key, 'path_params', name] },
        `path_params.${name} is not a placeholder of ${raw.path}`,
      ),
    );
  }
  const pathParams = Object.entries(declared).map(([name, p]) => ({
    name,
    flatName: p.flat_name ?? name,
    ...(p.identifier ? { identifier: p.identifier } : {}),
    ...(p.schema ? { schema: p.schema } : {}),
    ...(p.description ? { description: p.description } : {}),
    multiSegment: p.multi_segment ?? false,
    ...(p.new ? { isNew: true } : {}),
    origin: { file, path: ['methods', key, 'path_params', name] },
  }));
  const pagination = raw.pagination ? toPagination(raw.pagination) : undefined;
  const a = raw.annotations ?? {};
  return {
    key,
    kind: (CRUD.includes(key) ? key : 'custom') as MethodKind,
    http: raw.method,
    path: raw.path,
    ...(raw.tool_name ? { toolName: raw.tool_name } : {}),
    pathParams,
    ...(raw.fixed_query ? { fixedQuery: { ...raw.fixed_query } } : {}),
    ...(raw.fixed_body ? { fixedBody: structuredClone(raw.fixed_body) } : {}),
    ...(raw.response_path !== undefined ? { responsePath: raw.response_path } : {}),
    ...(raw.body_encoding ? { bodyEncoding: raw.body_encoding } : {}),
    ...(raw.partial_failure ? { partialFailure: toPartialFailure(raw.partial_failure) } : {}),
    ...(pagination ? { pagination } : {}),
    annotations: {
      ...(a.read_only !== undefined ? { readOnly: a.read_only } : {}),
      ...(a.destructive !== undefined ? { destructive: a.destructive } : {}),
      ...(a.idempotent !== undefined ? { idempotent: a.idempotent } : {}),
      ...(a.open_world !== undefined ? { openWorld: a.open_world } : {}),
    },
    origin,
  };
}

function toPartialFailure(p: NonNullable<RawMethod['partial_failure']>): PartialFailure {
  return { status: p.status, itemsPath: p.items_path, idPath: p.id_path, reasonPaths: [...p.reason_paths] };
}

function toPagination(p: NonNullable<RawMethod['pagination']>): DeclaredMethod['pagination'] {
  if (p.style === 'offset') {
    return {
      style: 'offset',
      offsetParam: p.offset_param,
      limitParam: p.limit_param,
      paramsIn: p.params_in ?? 'query',
      firstOffset: p.first_offset,
      maxLimit: p.max_limit,
      defaultLimit: Math.min(p.default_limit ?? p.max_limit, p.max_limit),
      ...(p.total_path ? { totalPath: p.total_path } : {}),
    };
  }
  if (p.style === 'page') {
    return {
      style: 'page',
      pageParam: p.page_param,
      sizeParam: p.size_param,
      paramsIn: p.params_in ?? 'query',
      firstPage: p.first_page ?? 1,
      maxLimit: p.max_limit,
      defaultLimit: Math.min(p.default_limit ?? p.max_limit, p.max_limit),
      ...(p.total_pages_path ? { totalPagesPath: p.total_pages_path } : {}),
      ...(p.total_items_path ? { totalItemsPath: p.total_items_path } : {}),
      ...(p.more_path ? { morePath: p.more_path } : {}),
    };
  }
  if (p.style === 'link_header') {
    return { style: 'link_header', ...limits(p) };
  }
  if (p.style === 'body_link') {
    return {
      style: 'body_link',
      nextLinkPath: p.next_link_path,
      ...(p.more_path ? { morePath: p.more_path } : {}),
      ...limits(p),
    };
  }
  if (p.style === 'none') {
    const ends = {
      ...(p.more_path ? { morePath: p.more_path } : {}),
      ...(p.total_path ? { totalPath: p.total_path } : {}),
    };
    return { style: 'none', ...ends, ...limits(p), paramsIn: p.params_in ?? 'query' };
  }
  if (p.style === 'header_cursor') {
    return {
      style: 'header_cursor',
      cursorParam: p.cursor_param,
      nextCursorHeader: p.next_cursor_header,
      paramsIn: p.params_in ?? 'query',
      ...limits(p),
    };
  }
  return {
    style: 'cursor',
    cursorParam: p.cursor_param,
    paramsIn: p.params_in ?? 'query',
    nextCursorPath: p.next_cursor_path,
    ...(p.more_path ? { morePath: p.more_path } : {}),
    cursorOnly: p.cursor_only ?? false,
    ...limits(p),
  };
}

/** The optional page-size settings of cursor-like styles. */
function limits(p: { limit_param?: string; max_limit?: number; default_limit?: number }) {
  return {
    ...(p.limit_param ? { limitParam: p.limit_param } : {}),
    ...(p.max_limit ? { maxLimit: p.max_limit } : {}),
    ...(p.max_limit || p.default_limit
      ? { defaultLimit: Math.min(p.default_limit ?? p.max_limit ?? Infinity, p.max_limit ?? Infinity) }
      : {}),
  };
}

/** Documentation entries keyed `resource.method`; entries that name nothing are reported. */
function collectDocs(
  sources: SpecSources,
  resources: readonly DeclaredResource[],
  issues: Issue[],
): Map<string, DocEntryModel> {
  const out = new Map<string, DocEntryModel>();
  const origins = new Map<string, Origin>();
  for (const source of sources.docs.filter((d) => d.kind === 'docs')) {
    for (const [resourceName, entries] of Object.entries(source.data as RawDocs)) {
      const resource = resources.find((r) => r.name === resourceName);
      if (!resource) {
        issues.push(
          issue(
            'DOC_UNKNOWN_RESOURCE',
            { file: source.file, path: [resourceName] },
            `documentation for unknown resource '${resourceName}'`,
          ),
        );
        continue;
      }
      for (const [methodKey, raw] of Object.entries(entries)) {
        const origin = { file: source.file, path: [resourceName, methodKey] };
        const key = `${resourceName}.${methodKey}`;
        const earlier = origins.get(key);
        if (!resource.methods.some((m) => m.key === methodKey)) {
          const known = resource.methods.map((m) => m.key).join(', ');
          issues.push(
            issue(
              'DOC_UNKNOWN_METHOD',
              origin,
              `documentation for ${key}, but resource '${resourceName}' has no method '${methodKey}' (it has: ${known})`,
            ),
          );
        } else if (earlier) {
          issues.push(issue('DUPLICATE_DOC', origin, `${key} is already documented in ${earlier.file}`));
        } else {
          origins.set(key, origin);
          out.set(key, toDocEntry(raw, origin));
        }
      }
    }
  }
  return out;
}

function toDocEntry(raw: RawDocEntry, origin: Origin): DocEntryModel {
  return {
    ...(raw.title ? { title: raw.title } : {}),
    description: raw.description.trim(),
    ...(raw.query_schema ? { querySchema: structuredClone(raw.query_schema) } : {}),
    ...(raw.header_schema ? { headerSchema: structuredClone(raw.header_schema) } : {}),
    ...(raw.body_schema ? { bodySchema: structuredClone(raw.body_schema) } : {}),
    bodyRequired: raw.body_required ?? true,
    ...(raw.response_schema ? { responseSchema: structuredClone(raw.response_schema) } : {}),
    examples: structuredClone(raw.examples ?? []),
    origin,
  };
}

function filterReason(
  integration: IntegrationModel,
  resource: DeclaredResource,
  method: DeclaredMethod,
): string | undefined {
  const { tags, methods } = integration.filters;
  if (tags && !resource.tags.some((t) => tags.includes(t))) {
    return `filtered out: tags [${resource.tags.join(', ')}] not in filters.tags`;
  }
  if (methods && !methods.includes(method.key)) {
    return `filtered out: method '${method.key}' not in filters.methods`;
  }
  return undefined;
}
