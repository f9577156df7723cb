/**
 * A synthetic integration of N documented endpoints for the generator benchmark: resources of five
 * CRUD methods each (list/get/create/update/delete; the last one may have fewer), every method
 * documented with Egnyte-like query, body and response schemas, a shared identifier kind and an
 * example. YAML files are written in JSON form (valid YAML, and quick to produce).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const METHODS = ['list', 'get', 'create', 'update', 'delete'] as const;
type Method = (typeof METHODS)[number];

function resourceName(index: number): { plural: string; singular: string; tag: string } {
  const id = String(index + 1).padStart(4, '0');
  return { plural: `r${id}_items`, singular: `r${id}_item`, tag: `area${index % 10}` };
}

const itemSchema = {
  type: 'object',
  properties: {
    id: { 'x-identifier': 'item_id' },
    name: { type: 'string', description: 'Display name of the item.' },
    status: { type: 'string', enum: ['active', 'archived'], description: 'Whether the item is in use.' },
    owner: { type: 'string', description: 'User name of the owner.' },
    tags: { type: 'array', items: { type: 'string' }, description: 'Free-form labels.' },
  },
  required: ['id', 'name'],
};

const bodySchema = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200, description: 'Display name of the item.' },
    status: { type: 'string', enum: ['active', 'archived'], description: 'Whether the item is in use.' },
    owner: { type: 'string', description: 'User name of the new owner of the item.' },
    settings: {
      type: 'object',
      description: 'Optional settings, kept nested.',
      properties: {
        visible: { type: 'boolean', description: 'Whether others can see it.' },
        retention_days: { type: 'integer', minimum: 0, description: 'Days to keep it after archiving.' },
      },
    },
  },
  required: ['name'],
};

function resourceFile(index: number, methods: readonly Method[]): object {
  const { plural, singular, tag } = resourceName(index);
  const base = `/v1/${plural}`;
  const byId = { method: 'GET', path: `${base}/{id}`, path_params: { id: { identifier: 'item_id' } } };
  const all: Record<Method, object> = {
    list: {
      method: 'GET',
      path: base,
      response_path: 'items',
      pagination: {
        style: 'offset',
        offset_param: 'offset',
        first_offset: 0,
        limit_param: 'size',
        max_limit: 100,
        total_path: 'total',
      },
    },
    get: byId,
    create: { method: 'POST', path: base },
    update: { ...byId, method: 'PATCH' },
    delete: { ...byId, method: 'DELETE' },
  };
  return { resource: plural, singular, tags: [tag], methods: Object.fromEntries(methods.map((m) => [m, all[m]])) };
}

function docsFile(index: number, methods: readonly Method[]): object {
  const { plural, singular } = resourceName(index);
  const words = singular.replace('_', ' ');
  const all: Record<Method, object> = {
    list: {
      description: `List the ${plural.replace('_', ' ')} of this account with their ids, names and status; filter by status or owner.`,
      query_schema: {
        type: 'object',
        properties: {
          status: { type: 'string', enum: ['active', 'archived'], description: 'Only items in this status.' },
          owner: { type: 'string', description: 'Only items owned by this user name.' },
        },
      },
      response_schema: itemSchema,
      examples: [{ arguments: { status: 'active' } }],
    },
    get: {
      description: `Get one ${words} by id, with its name, status, owner and tags.`,
      response_schema: itemSchema,
      examples: [{ arguments: { id: 42 } }],
    },
    create: {
      description: `Create a ${words} with a name and optional settings; returns it with its new id.`,
      body_schema: bodySchema,
      response_schema: itemSchema,
      examples: [{ arguments: { name: 'Quarterly report' } }],
    },
    update: {
      description: `Change the name, status, owner or settings of one ${words}; fields left out stay.`,
      body_schema: { ...bodySchema, required: [] },
      response_schema: itemSchema,
      examples: [{ arguments: { id: 42, status: 'archived' } }],
    },
    delete: {
      description: `Delete one ${words} for good; it cannot be restored afterwards.`,
      examples: [{ arguments: { id: 42 } }],
    },
  };
  return { [plural]: Object.fromEntries(methods.map((m) => [m, all[m]])) };
}

/** Writes `<specsRoot>/<name>/` with `endpoints` documented methods; returns the integration name. */
export function writeSyntheticIntegration(specsRoot: string, endpoints: number): string {
  const name = `synth${endpoints}`;
  const dir = path.join(specsRoot, name);
  mkdirSync(path.join(dir, 'resources'), { recursive: true });
  mkdirSync(path.join(dir, 'docs'), { recursive: true });
  const integration = {
    name,
    display_name: `Synthetic ${endpoints}`,
    package_name: `${name}-mcp-server`,
    base_url: 'https://api.synthetic.example',
    base_url_env: 'SYNTH_BASE_URL',
    auth: { type: 'bearer', token_env: 'SYNTH_TOKEN' },
    rate_limit: { throttled_when: [{ status: 429 }], retry_after_header: 'Retry-After', counters: [] },
    error_message_paths: ['error.message'],
    identifiers: {
      item_id: {
        label: 'numeric item id',
        description: 'Numeric item id such as 42.',
        find_with: `list_all_${name}_${resourceName(0).plural}`,
        schema: { type: 'integer', minimum: 1 },
      },
    },
  };
  writeFileSync(path.join(dir, 'integration.yaml'), `${JSON.stringify(integration, null, 1)}\n`);
  for (let index = 0; index * METHODS.length < endpoints; index++) {
    const methods = METHODS.slice(0, Math.min(METHODS.length, endpoints - index * METHODS.length));
    const file = `${resourceName(index).plural}.yaml`;
    writeFileSync(path.join(dir, 'resources', file), `${JSON.stringify(resourceFile(index, methods), null, 1)}\n`);
    writeFileSync(path.join(dir, 'docs', file), `${JSON.stringify(docsFile(index, methods), null, 1)}\n`);
  }
  return name;
}
