import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { locate, type SourceDoc, type SpecSources, syntaxDiagnostics } from './load.js';
import { createMetaValidators } from './meta-validators.js';

/**
 * Stage 2a: YAML syntax and meta-schema checks for every file, all problems at once.
 * Files that fail here are not looked at by later stages.
 */
export function validate(sources: SpecSources, validators = createMetaValidators()): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!sources.docs.some((d) => d.kind === 'integration')) {
    out.push({
      code: 'MISSING_INTEGRATION',
      message: `no integration.yaml in ${sources.dir}`,
      position: { file: `${sources.dir}/integration.yaml`, line: 1, column: 1 },
    });
  }
  for (const source of sources.docs) {
    const syntax = syntaxDiagnostics(source);
    if (syntax.length > 0) {
      out.push(...syntax);
      continue;
    }
    const check = validators[source.kind];
    if (!check(source.data)) {
      out.push(...dedupe((check.errors ?? []).map((e) => toDiagnostic(source, e))));
    }
  }
  return out;
}

function toDiagnostic(source: SourceDoc, err: ErrorObject): Diagnostic {
  const path = pointerToPath(err.instancePath);
  let message = `${err.instancePath || '/'} ${err.message ?? 'is invalid'}`;
  if (err.keyword === 'additionalProperties') {
    const extra = String((err.params as { additionalProperty: string }).additionalProperty);
    path.push(extra);
    message = `${err.instancePath || '/'} has unknown property '${extra}'`;
  } else if (err.keyword === 'enum') {
    message += `: ${((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
  } else if (err.keyword === 'const') {
    message += `: ${JSON.stringify((err.params as { allowedValue: unknown }).allowedValue)}`;
  }
  return { code: 'SPEC_SCHEMA', message, position: locate(source, path) };
}

/** ajv can report one problem twice through different branches; keep the first of each. */
function dedupe(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.position.line}:${d.position.column}:${d.message}`;
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) {
    return [];
  }
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
