import type { JsonSchema } from 'saas-mcp-runtime/contract';
import type { Origin } from '../diagnostics/diagnostic.js';
import type { MethodModel } from '../ir/types.js';

export const DOC_SECTIONS = [
  ['query', 'query_schema'],
  ['header', 'header_schema'],
  ['body', 'body_schema'],
] as const;

export type DocSection = (typeof DOC_SECTIONS)[number][0];

export function sectionSchema(method: MethodModel, section: DocSection): JsonSchema | undefined {
  const { doc } = method;
  return section === 'query' ? doc.querySchema : section === 'header' ? doc.headerSchema : doc.bodySchema;
}

/** Each documented query/header/body property as written: its section, flat name, raw schema and origin. */
export function documentedParams(
  method: MethodModel,
): { section: DocSection; name: string; flat: string; raw: JsonSchema; origin: Origin }[] {
  const { doc } = method;
  return DOC_SECTIONS.flatMap(([section, key]) => {
    const props = (sectionSchema(method, section)?.properties ?? {}) as { [k: string]: JsonSchema };
    return Object.entries(props).map(([name, raw]) => ({
      section,
      name,
      flat: typeof raw['x-flat-name'] === 'string' ? raw['x-flat-name'] : name,
      raw,
      origin: { file: doc.origin.file, path: [...doc.origin.path, key, 'properties', name] },
    }));
  });
}

/** Where each flat parameter was written, for pointing the documentation gate at it. */
export function flattenOrigins(method: MethodModel): Map<string, Origin> {
  const out = new Map<string, Origin>();
  for (const p of method.pathParams) {
    out.set(p.flatName, p.origin);
  }
  for (const p of documentedParams(method)) {
    out.set(p.flat, p.origin);
  }
  return out;
}
