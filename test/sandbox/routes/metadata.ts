/**
 * Custom metadata (egnyte-api.md §2.10.2): the namespace list [doc; bare array 3p] and one
 * namespace's values on a file (group_id) or folder (folder_id). PUT takes a flat {key: value}
 * object [sdk NET]; values arrive as text and are kept in the key's type. Keys not in the namespace
 * and values that do not fit their type are refused with 400 [inf].
 */
import type { MetadataKey, MetadataValue, Namespace } from '../admin-model.js';
import { empty, type Handler, ok, type RequestContext } from '../context.js';
import { badRequest, notFound } from '../errors.js';
import type { Router } from '../router.js';
import { asObject } from '../validate.js';

function itemKey(ctx: RequestContext): string {
  const { kind, id } = ctx.params;
  if (kind !== 'file' && kind !== 'folder') {
    throw notFound(`No such item kind ${kind}`);
  }
  const found = [...ctx.tenant.nodes.values()].some((n) =>
    kind === 'folder' ? n.kind === 'folder' && n.folder_id === id : n.kind === 'file' && n.group_id === id,
  );
  if (!found) {
    throw notFound(`The ${kind} ${id} does not exist`);
  }
  return `${kind}:${id}`;
}

function namespaceOf(ctx: RequestContext): Namespace {
  const namespace = ctx.tenant.namespaces.get(ctx.params.namespace ?? '');
  if (!namespace) {
    throw notFound(`Namespace ${ctx.params.namespace} does not exist`);
  }
  return namespace;
}

/** A value in its key's type; text is what the .NET SDK sends, JSON numbers are taken too. */
function typed(name: string, key: MetadataKey, raw: unknown): MetadataValue {
  if (typeof raw !== 'string' && typeof raw !== 'number') {
    throw badRequest(`Value of ${name} must be a string or number`);
  }
  const text = String(raw).trim();
  if (key.type === 'string') {
    return String(raw);
  }
  if (key.type === 'enum') {
    if (!key.data?.includes(text)) {
      throw badRequest(`Value of ${name} must be one of: ${(key.data ?? []).join(', ')}`);
    }
    return text;
  }
  const number = Number(text);
  const fits = text !== '' && Number.isFinite(number) && (key.type === 'decimal' || Number.isInteger(number));
  if (!fits) {
    throw badRequest(
      `Value of ${name} must be ${key.type === 'date' ? 'a date in epoch seconds' : `a${key.type === 'integer' ? 'n integer' : ' decimal number'}`}`,
    );
  }
  return number;
}

const getValues: Handler = (ctx) => {
  const item = itemKey(ctx);
  const namespace = namespaceOf(ctx);
  const values = ctx.tenant.metadata.get(item)?.get(namespace.name) ?? new Map();
  return ok({ results: [{ [namespace.name]: Object.fromEntries(values) }] });
};

const setValues: Handler = (ctx) => {
  const item = itemKey(ctx);
  const namespace = namespaceOf(ctx);
  const body = asObject(ctx.body);
  const updates = new Map<string, MetadataValue>();
  for (const [name, raw] of Object.entries(body)) {
    const key = Object.hasOwn(namespace.keys, name) ? namespace.keys[name] : undefined;
    if (!key) {
      throw badRequest(`Key ${name} is not in namespace ${namespace.name}`);
    }
    updates.set(name, typed(name, key, raw));
  }
  const itemValues = ctx.tenant.metadata.get(item) ?? new Map<string, Map<string, MetadataValue>>();
  const values = itemValues.get(namespace.name) ?? new Map<string, MetadataValue>();
  for (const [name, value] of updates) {
    values.set(name, value);
  }
  itemValues.set(namespace.name, values);
  ctx.tenant.metadata.set(item, itemValues);
  return empty(200);
};

export function addMetadataRoutes(router: Router): void {
  router
    .add('GET', '/pubapi/v1/properties/namespace', (ctx) =>
      ok([...ctx.tenant.namespaces.values()].map((n) => structuredClone(n))),
    )
    .add('GET', '/pubapi/v1/fs/ids/:kind/:id/properties/:namespace', getValues)
    .add('PUT', '/pubapi/v1/fs/ids/:kind/:id/properties/:namespace', setValues);
}
