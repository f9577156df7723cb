import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type { IdentifierKind } from '../ir/types.js';
import type { JsonSchema, JsonValue } from '../../templates/runtime/tool-data.js';

/**
 * Replaces every `x-identifier: <kind>` reference inside a schema with the kind's schema, keeps the
 * node's own keywords on top, appends what the kind is and which tool finds one to the description,
 * and leaves `x-identifier: { kind, label, not?, findWith? }` for the runtime's error messages.
 * Returns a new schema; the input is not touched.
 */
export function inlineIdentifiers(
  schema: JsonSchema,
  identifiers: ReadonlyMap<string, IdentifierKind>,
  origin: Origin,
  issues: Issue[],
): JsonSchema {
  return walk(schema, origin.path) as JsonSchema;

  function walk(node: JsonValue, path: readonly (string | number)[]): JsonValue {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i]));
    if (node === null || typeof node !== 'object') return node;
    const ref = node['x-identifier'];
    const copy: { [k: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(node)) {
      // `properties` maps names to schemas; `examples`/`enum`/`const`/`default` hold data, not schemas.
      copy[k] = ['examples', 'enum', 'const', 'default', 'x-identifier'].includes(k) ? v : walk(v, [...path, k]);
    }
    if (typeof ref !== 'string') return copy;
    const kind = identifiers.get(ref);
    if (!kind) {
      const known = [...identifiers.keys()].sort().join(', ');
      issues.push(issue('UNKNOWN_IDENTIFIER', { file: origin.file, path: [...path, 'x-identifier'] }, `unknown identifier kind '${ref}' (declared: ${known})`));
      return copy;
    }
    return applyIdentifier(copy, kind);
  }
}

/** Merges an identifier kind into a parameter schema (the parameter's own keywords win). */
export function applyIdentifier(own: JsonSchema, kind: IdentifierKind): JsonSchema {
  const { description: ownDescription, 'x-identifier': _ref, ...rest } = own;
  const sentences = [typeof ownDescription === 'string' ? ownDescription.trim() : '', kind.description];
  if (kind.findWith) sentences.push(`Find one with ${kind.findWith}.`);
  return {
    ...structuredClone(kind.schema),
    ...rest,
    description: sentences.filter(Boolean).join(' '),
    'x-identifier': {
      kind: kind.key,
      label: kind.label,
      ...(kind.not ? { not: kind.not } : {}),
      ...(kind.findWith ? { findWith: kind.findWith } : {}),
    },
  };
}
