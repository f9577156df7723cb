/**
 * The importer: OpenAPI document -> specs/<integration>/, a stage beside the generator's pipeline.
 *   parse    read-document.ts   file -> dereferenced document (or a specific refusal)
 *   select   --tags / --operations
 *   map      operations.ts, classify.ts, integration.ts   -> resources, docs entries, integration.yaml
 *   render   render.ts          YAML with a content hash in each header
 *   write    write.ts           through the generator's storage seam; edited files need --force
 * The result says what was imported, left out and why, and what changed since the last import.
 */
import path from 'node:path';
import type { Storage } from '../io/storage.js';
import { classify, tagSlug } from './classify.js';
import { mapIntegration } from './integration.js';
import {
  compareManifests,
  MANIFEST,
  type Manifest,
  type OperationChanges,
  operationHash,
  parseManifest,
  renderManifest,
} from './manifest.js';
import { collectOperations, describeOperation, mapOperation, type Operation } from './operations.js';
import { ImportError, readDocument } from './read-document.js';
import { renderYaml } from './render.js';
import { obj, str } from './values.js';
import { applyWrite, planWrite, type WritePlan } from './write.js';

export interface ImportOptions {
  file: string;
  integration: string;
  storage: Storage;
  tags?: readonly string[];
  operations?: string;
  force?: boolean;
  /** The generator's default parameter-description gate (min_description_length). */
  minDescription?: number;
  maxBytes?: number;
  maxOperations?: number;
}

export interface ImportResult {
  title: string;
  version: string;
  openapi: '3.0' | '3.1';
  bytes: number;
  total: number;
  selected: number;
  imported: { operation: string; tool: string; documented: boolean }[];
  skipped: { operation: string; reason: string }[];
  undocumented: { operation: string; tool: string; reason: string }[];
  leftOut: { operation: string; note: string }[];
  integrationNotes: string[];
  changes?: OperationChanges;
  write: WritePlan;
}

/** More operations than this in one import are refused: select some with --tags or --operations. */
export const MAX_OPERATIONS = 2_000;

export async function importOpenApi(options: ImportOptions): Promise<ImportResult> {
  const name = options.integration;
  if (!/^[a-z][a-z0-9]*$/.test(name)) {
    throw new ImportError(
      `--integration ${name}: use lower-case letters and digits, starting with a letter (it is used in tool names)`,
    );
  }
  const matcher = operationMatcher(options.operations);
  const { doc, version, bytes } = await readDocument(options.file, options.maxBytes);
  const minDescription = options.minDescription ?? 12;
  const all = collectOperations(doc);
  const selected = all.filter((op) => selectedByTags(op, options.tags) && matcher(op));
  const limit = options.maxOperations ?? MAX_OPERATIONS;
  if (selected.length > limit) {
    throw new ImportError(
      `${options.file} has ${selected.length} operations selected, more than ${limit} in one import; choose some with --tags or --operations`,
    );
  }
  if (selected.length === 0) {
    throw new ImportError(
      `no operation of ${options.file} matches${options.tags ? ` --tags ${options.tags.join(',')}` : ''}${options.operations ? ` --operations ${options.operations}` : ''} (the document has ${all.length})`,
    );
  }

  const integration = mapIntegration(name, doc);
  const results = selected.map((op) => mapOperation(op, minDescription, integration.authHeaders));
  const skipped = results.flatMap((r) => (r.ok ? [] : [{ operation: describeOperation(r.source), reason: r.reason }]));
  const classified = classify(
    name,
    results.flatMap((r) => (r.ok ? [r.mapped] : [])),
  );
  skipped.push(...classified.skipped.map((s) => ({ operation: describeOperation(s.source), reason: s.reason })));

  const source = path.basename(options.file);
  const files = [renderYaml(`${name}/integration.yaml`, source, integration.file)];
  const manifest: Manifest = {
    document: `${str(obj(doc.info).title) ?? source} ${str(obj(doc.info).version) ?? ''}`.trim(),
    operations: {},
  };
  for (const resource of classified.resources) {
    const methods: Record<string, unknown> = {};
    const docs: Record<string, unknown> = {};
    for (const [key, op] of resource.methods) {
      methods[key] = op.entry;
      if (op.doc) {
        docs[key] = op.doc;
      }
    }
    files.push(
      renderYaml(`${name}/resources/${resource.name}.yaml`, source, {
        resource: resource.name,
        singular: resource.singular,
        tags: resource.tags,
        methods,
      }),
    );
    if (Object.keys(docs).length > 0) {
      files.push(renderYaml(`${name}/docs/${resource.name}.yaml`, source, { [resource.name]: docs }));
    }
  }
  for (const op of classified.operations) {
    const { entry, doc: entryDoc } = op.mapped;
    manifest.operations[operationKey(op.mapped.source)] = {
      tool: op.tool,
      hash: operationHash({ resource: op.resource, key: op.key, entry, doc: entryDoc ?? null }),
    };
  }
  files.push({ path: `${name}/${MANIFEST}`, contents: renderManifest(manifest) });
  const previous = parseManifest(await options.storage.read(`${name}/${MANIFEST}`));
  const write = await planWrite(files, options.storage, name, options.force ?? false);
  await applyWrite(files, write, options.storage);

  return {
    title: str(obj(doc.info).title) ?? source,
    version: str(obj(doc.info).version) ?? '',
    openapi: version,
    bytes,
    total: all.length,
    selected: selected.length,
    imported: classified.operations.map((op) => ({
      operation: describeOperation(op.mapped.source),
      tool: op.tool,
      documented: op.mapped.doc !== undefined,
    })),
    skipped,
    undocumented: classified.operations.flatMap((op) =>
      op.mapped.undocumented
        ? [{ operation: describeOperation(op.mapped.source), tool: op.tool, reason: op.mapped.undocumented }]
        : [],
    ),
    leftOut: classified.operations.flatMap((op) => op.mapped.notes.map((note) => ({ operation: `${op.tool}`, note }))),
    integrationNotes: integration.notes,
    ...(previous ? { changes: compareManifests(previous, manifest) } : {}),
    write,
  };
}

function operationKey(op: Operation): string {
  return `${op.method} ${op.path}`;
}

function selectedByTags(op: Operation, tags: readonly string[] | undefined): boolean {
  if (!tags || tags.length === 0) {
    return true;
  }
  const wanted = new Set(tags.map(tagSlug));
  return op.tags.some((t) => wanted.has(tagSlug(t)));
}

function operationMatcher(pattern: string | undefined): (op: Operation) => boolean {
  if (!pattern) {
    return () => true;
  }
  let re: RegExp;
  try {
    re = new RegExp(pattern);
  } catch (e) {
    throw new ImportError(`--operations ${pattern}: not a regular expression (${(e as Error).message})`);
  }
  return (op) => re.test(op.id ?? '') || re.test(operationKey(op));
}
