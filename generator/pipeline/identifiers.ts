import type { JsonSchema, JsonValue } from 'saas-mcp-runtime/contract';
import type { Issue, Origin } from '../diagnostics/diagnostic.js';
import { issue } from '../diagnostics/diagnostic.js';
import type { IdentifierKind } from '../ir/types.js';

/**
 * How identifier kinds are worded in one schema. In a tool's input a looked-up value gets the kind's
 * sentence and "Find one with <tool>." once per tool (later values of the same kind keep only their
 * own words); a value the call creates (`x-new: true`, path param `new: true`) gets no finder; output
 * fields get only their own words. Create one per tool input, or per output schema.
 */
export interface IdentifierUse {
  role: 'input' | 'output';
  /** Kinds whose sentence this tool's input already carries. */
  described: Set<string>;
}

export function identifierUse(role: IdentifierUse['role']): IdentifierUse {
  return { role, described: new Set() };
}

/**
 * Replaces every `x-identifier: <kind>` reference inside a schema with the kind's schema, keeps the
 * node's own keywords on top, words the description as IdentifierUse says, and (inputs only) leaves
 * `x-identifier: { kind, label, not?, findWith? }` for the runtime's error messages (the serving step
 * moves it out of the served schema). Returns a new schema; the input is not touched.
 */
export function inlineIdentifiers(
  schema: JsonSchema,
  identifiers: ReadonlyMap<string, IdentifierKind>,
  origin: Origin,
  issues: Issue[],
  use: IdentifierUse,
): JsonSchema {
  return walk(schema, origin.path) as JsonSchema;

  function walk(node: JsonValue, path: readonly (string | number)[]): JsonValue {
    if (Array.isArray(node)) {
      return node.map((item, i) => walk(item, [...path, i]));
    }
    if (node === null || typeof node !== 'object') {
      return node;
    }
    const ref = node['x-identifier'];
    const copy: { [k: string]: JsonValue } = {};
    for (const [k, v] of Object.entries(node)) {
      // `properties` maps names to schemas; `examples`/`enum`/`const`/`default` hold data, not schemas.
      copy[k] = ['examples', 'enum', 'const', 'default', 'x-identifier'].includes(k) ? v : walk(v, [...path, k]);
    }
    if (typeof ref !== 'string') {
      return copy;
    }
    const kind = identifiers.get(ref);
    if (!kind) {
      const known = [...identifiers.keys()].sort().join(', ');
      issues.push(
        issue(
          'UNKNOWN_IDENTIFIER',
          { file: origin.file, path: [...path, 'x-identifier'] },
          `unknown identifier kind '${ref}' (declared: ${known})`,
        ),
      );
      return copy;
    }
    // A top-level property sits at <origin>/properties/<name>: it must stay described.
    return applyIdentifier(copy, kind, use, path.length === origin.path.length + 2);
  }
}

/**
 * Merges an identifier kind into a parameter schema (the parameter's own keywords win). A repeated
 * kind keeps only its own words, or the kind's label when it is a parameter (`topLevel`) of its own.
 */
export function applyIdentifier(
  own: JsonSchema,
  kind: IdentifierKind,
  use: IdentifierUse,
  topLevel = true,
): JsonSchema {
  const { description: ownDescription, 'x-identifier': _ref, 'x-new': isNew, ...rest } = own;
  const ownText = typeof ownDescription === 'string' ? ownDescription.trim() : '';
  const merged: JsonSchema = { ...structuredClone(kind.schema), ...rest };
  if (use.role === 'output') {
    return ownText ? { ...merged, description: ownText } : merged;
  }

  const lookedUp = isNew !== true;
  let description: string;
  if (lookedUp && !use.described.has(kind.key)) {
    use.described.add(kind.key);
    description = [ownText, kind.description, kind.findWith ? `Find one with ${kind.findWith}.` : '']
      .filter(Boolean)
      .join(' ');
  } else if (lookedUp) {
    // Said once per tool: a later value of the same kind keeps only its own words (none, for array items).
    description = ownText || (topLevel ? `${kind.label.charAt(0).toUpperCase()}${kind.label.slice(1)}.` : '');
  } else {
    description = ownText || kind.description;
  }
  return {
    ...merged,
    ...(description ? { description } : {}),
    'x-identifier': {
      kind: kind.key,
      label: kind.label,
      ...(kind.not ? { not: kind.not } : {}),
      ...(kind.not && kind.notWhen ? { notWhen: kind.notWhen } : {}),
      ...(kind.findWith && lookedUp ? { findWith: kind.findWith } : {}),
    },
  };
}
