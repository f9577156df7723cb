/**
 * Stage 1, parse: one OpenAPI 3.0/3.1 file (YAML or JSON) -> a dereferenced document. Every way a
 * file can be unusable ends in an ImportError with a specific message; nothing is written then.
 * `$ref`s, local and to other files, are resolved by @readme/openapi-parser; circular ones become
 * circular objects, which the schema mapping walks with a depth and size bound.
 */
import { readFile, stat } from 'node:fs/promises';
import { dereference, MissingPointerError, ResolverError } from '@readme/openapi-parser';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { isObject, type JsonObject, str } from './values.js';

/** Larger documents are refused: GitHub's whole REST description is 13 MB. */
export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;
/** Resolving $refs may not take longer than this (a pathological document fails instead of stalling). */
const DEREFERENCE_TIMEOUT_MS = 20_000;

export class ImportError extends Error {}

export interface OpenApiDocument {
  version: '3.0' | '3.1';
  doc: JsonObject;
  bytes: number;
}

export async function readDocument(file: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<OpenApiDocument> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    throw new ImportError(`${file}: no such file`);
  }
  if (info.size > maxBytes) {
    throw new ImportError(
      `${file} is ${mb(info.size)}, more than the ${mb(maxBytes)} the importer reads; split the document or cut it down to the paths you need`,
    );
  }
  const raw = parseText(file, await readFile(file, 'utf8'));
  const version = checkVersion(file, raw);
  const remote = firstRemoteRef(raw);
  if (remote) {
    throw new ImportError(
      `${file}: a $ref points at a URL (${remote}); the importer reads no network: save that document beside this one and point the $ref at the file`,
    );
  }
  let doc: unknown;
  try {
    doc = await dereference(file, {
      resolve: { external: true, http: { timeout: 5_000, redirects: 0 } },
      timeoutMs: DEREFERENCE_TIMEOUT_MS,
    });
  } catch (e) {
    throw new ImportError(refMessage(file, e));
  }
  if (!isObject(doc)) {
    throw new ImportError(`${file}: the parser returned no document`);
  }
  return { version, doc, bytes: info.size };
}

/** JSON when it looks like JSON (fast for big files), YAML otherwise; syntax errors keep their position. */
function parseText(file: string, text: string): unknown {
  if (/^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new ImportError(`${file}: not valid JSON (${(e as Error).message})`);
    }
  }
  try {
    // Aliases are how a tiny YAML file expands into gigabytes; a real API description needs few.
    return parseYaml(text, { maxAliasCount: 1_000, uniqueKeys: true });
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const at = e.linePos?.[0];
      throw new ImportError(
        `${file}${at ? `:${at.line}:${at.col}` : ''}: not valid YAML (${e.message.split('\n')[0]})`,
      );
    }
    throw new ImportError(`${file}: not valid YAML (${(e as Error).message})`);
  }
}

function checkVersion(file: string, raw: unknown): OpenApiDocument['version'] {
  if (!isObject(raw)) {
    const kind = raw === null ? 'null' : Array.isArray(raw) ? 'a list' : `a ${typeof raw}`;
    throw new ImportError(
      `${file}: an OpenAPI document is an object with an 'openapi' field, but this file holds ${kind}`,
    );
  }
  if ('swagger' in raw) {
    throw new ImportError(
      `${file} is Swagger ${String(raw.swagger)}, not OpenAPI 3: convert it first (for example \`npx swagger2openapi ${file} -o openapi.yaml\`), then import the result`,
    );
  }
  const version = str(raw.openapi);
  if (!version) {
    throw new ImportError(`${file}: no 'openapi' version field; is this an OpenAPI document?`);
  }
  if (version.startsWith('3.0')) {
    return '3.0';
  }
  if (version.startsWith('3.1')) {
    return '3.1';
  }
  throw new ImportError(`${file}: OpenAPI ${version} is not supported (3.0 and 3.1 are)`);
}

/** The first `$ref` to an http(s) URL, found without recursion (documents can be deep). */
function firstRemoteRef(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (isObject(node)) {
      const ref = node.$ref;
      if (typeof ref === 'string' && /^(https?:)?\/\//i.test(ref)) {
        return ref;
      }
      stack.push(...Object.values(node));
    }
  }
  return undefined;
}

function refMessage(file: string, e: unknown): string {
  const message = (e as Error).message ?? String(e);
  if (e instanceof MissingPointerError) {
    return `${file}: a $ref points nowhere: ${message}`;
  }
  if (e instanceof ResolverError) {
    return `${file}: a $ref to another file cannot be read: ${message}`;
  }
  if (/timed? ?out/i.test(message)) {
    return `${file}: resolving $refs took longer than ${DEREFERENCE_TIMEOUT_MS / 1000} s; the document is too large or too deeply linked to import`;
  }
  return `${file}: cannot resolve the document's $refs: ${message}`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
