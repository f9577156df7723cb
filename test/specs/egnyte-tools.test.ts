/**
 * The Egnyte tool surface, checked in-process against specs/egnyte (issue 3): every tool's name,
 * HTTP method and path, kind, tags, required arguments and location map (flat name -> where the
 * value goes), plus the documentation gate, examples, identifier kinds and destructive hints.
 * Facts: shared/egnyte-api.md. When a spec change alters the surface on purpose, update the table.
 */

import type { JsonSchema, ToolDefinition } from 'saas-mcp-runtime';
import type { ParamLocation } from 'saas-mcp-runtime/contract';
import { validationSchema } from 'saas-mcp-runtime/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CompileResult, compile } from '../../generator/compile.js';
import { load } from '../../generator/pipeline/load.js';
import { surfaceCost } from '../../generator/pipeline/tokens.js';
import { createSchemaCompiler } from '../../templates/runtime/src/calls/validate.js';

import { DESTRUCTIVE, FIRST_TOOLS, HERO_TOOLS, IDENTIFIERS, NEW_VALUES, PAGING, TOOLS } from './egnyte-tools-facts.js';

function expectedLocations(flat: Record<string, string>): Record<string, ParamLocation> {
  const out: Record<string, ParamLocation> = {};
  for (const [flatName, short] of Object.entries(flat)) {
    const multi = short.endsWith('/*');
    const map = short.endsWith(' map'); // {name, level} entries sent as Egnyte's {name: level} map
    const spread = short.endsWith('+entries'); // [{key, value}] entries spread into the body itself
    const [where, vendorName] = short.replace(/\/\*$| map$|\+entries$/, '').split(':') as [
      ParamLocation['in'],
      string | undefined,
    ];
    out[flatName] = {
      in: where,
      name: vendorName ?? flatName,
      ...(multi ? { multiSegment: true } : {}),
      ...(map ? { sendAsMap: { key: 'name', value: 'level' } } : {}),
      ...(spread ? { sendAsMap: { key: 'key', value: 'value', spread: true } } : {}),
    };
  }
  return out;
}

/** Walks `members.items.value` style places through properties/items. */
function schemaAt(schema: JsonSchema, place: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema;
  for (const step of place.split('.')) {
    if (!node) {
      return undefined;
    }
    node =
      step === 'items'
        ? (node.items as JsonSchema | undefined)
        : (node.properties as Record<string, JsonSchema> | undefined)?.[step];
  }
  return node;
}

let result: CompileResult;
const tool = (name: string): ToolDefinition => {
  const found = result.plan?.tools.find((t) => t.definition.name === name);
  if (!found) {
    throw new Error(`no tool ${name}`);
  }
  return found.definition;
};

beforeAll(async () => {
  result = await compile(await load('specs/egnyte'));
});

describe('egnyte spec compiles', () => {
  it('without diagnostics, into at least 59 tools', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.plan!.tools.length).toBeGreaterThanOrEqual(59);
  });

  it('produces exactly the tools of the table', () => {
    const names = result.plan!.tools.map((t) => t.definition.name).sort();
    expect(names).toEqual(TOOLS.map(([name]) => name).sort());
  });

  it('has the six hero tools', () => {
    for (const name of HERO_TOOLS) {
      expect(() => tool(name)).not.toThrow();
    }
  });

  it('keeps a non-empty skip report (deprecated v1 folder permissions stay undocumented)', () => {
    const skipped = result.plan!.skipped.map((s) => `${s.resource}.${s.method}`);
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped).toEqual(
      expect.arrayContaining(['permissions.get_folder_permissions_v1', 'permissions.set_folder_permissions_v1']),
    );
  });

  it('stays lean, measured with o200k_base: at most 169 model-facing tokens per tool, tools/list at most 60% of before', () => {
    const cost = surfaceCost(result.plan!.tools.map((t) => t.definition));
    // 20,749: the whole tools/list of the first 41 tools before the lean surface (issue 14), same tokenizer.
    const first = surfaceCost(
      result.plan!.tools.filter((t) => FIRST_TOOLS.includes(t.definition.name)).map((t) => t.definition),
    );
    expect(first.tools).toHaveLength(41);
    expect(first.toolsList).toBeLessThanOrEqual(Math.floor(20749 * 0.6));
    // 169 since the permission maps became {name, level} entries for OpenAI's strict mode (+56 tokens).
    expect(cost.modelTotal / cost.tools.length).toBeLessThanOrEqual(169);
    expect(Math.max(...cost.tools.map((t) => t.listed))).toBeLessThanOrEqual(700);
    expect(cost.toolsListWithoutOutput).toBeLessThan(cost.toolsList);
  });

  it('keeps each tool added since within 160 model-facing and 220 listed tokens (the performance budget)', () => {
    const added = result.plan!.tools.filter((t) => !FIRST_TOOLS.includes(t.definition.name)).map((t) => t.definition);
    expect(added).toHaveLength(18);
    for (const cost of surfaceCost(added).tools) {
      expect(cost.model, cost.name).toBeLessThanOrEqual(160);
      expect(cost.listed, cost.name).toBeLessThanOrEqual(220);
    }
  });

  it('serves no internal keyword, no safe-integer bound and no title inside annotations', () => {
    for (const { definition: t } of result.plan!.tools) {
      const served = JSON.stringify([t.inputSchema, t.outputSchema ?? null, t.annotations]);
      expect(served, t.name).not.toMatch(/"x-[a-z-]+"|9007199254740991|"title"/);
    }
  });
});

describe.each(TOOLS)('%s', (name, request, kind, tags, required, locations) => {
  it('has its method, path, kind and tags', () => {
    const t = tool(name);
    expect(`${t.request.method} ${t.request.path}`).toBe(request);
    expect(t.kind).toBe(kind);
    expect(t.tags).toEqual(tags);
  });

  it('has exactly its required arguments', () => {
    expect([...((tool(name).inputSchema.required as string[] | undefined) ?? [])].sort()).toEqual([...required].sort());
  });

  it('maps each flat argument to its place in the request', () => {
    expect(tool(name).request.locations).toEqual(expectedLocations(locations));
  });

  it('is documented for a model: described arguments, an output schema, a valid example', () => {
    const t = tool(name);
    expect(t.description.length).toBeGreaterThanOrEqual(35);
    for (const [arg, schema] of Object.entries(t.inputSchema.properties as Record<string, JsonSchema>)) {
      if (arg === 'next_cursor') {
        continue; // the tool description states the paging contract
      }
      expect(String(schema.description ?? '').length, `${name}.${arg}`).toBeGreaterThanOrEqual(12);
    }
    expect(t.outputSchema?.type).toBe('object');
    const examples = result.plan!.tools.find((p) => p.definition.name === name)!.examples;
    expect(examples.length).toBeGreaterThan(0);
    const validate = createSchemaCompiler().compile(validationSchema(t));
    for (const example of examples) {
      expect(validate(example.arguments), JSON.stringify(validate.errors)).toBe(true);
    }
  });
});

describe('annotations', () => {
  it('mark exactly the writes that delete or remove access as destructive', () => {
    const destructive = result
      .plan!.tools.filter((t) => t.definition.annotations.destructiveHint)
      .map((t) => t.definition.name)
      .sort();
    expect(destructive).toEqual(DESTRUCTIVE);
  });

  it('mark every GET as read-only and nothing else', () => {
    for (const { definition: t } of result.plan!.tools) {
      expect(t.annotations.readOnlyHint, t.name).toBe(t.request.method === 'GET');
    }
  });

  it('mark as open-world only the tools that reach beyond the tenant: a public link, an email to someone', () => {
    const open = result
      .plan!.tools.filter((t) => t.definition.annotations.openWorldHint)
      .map((t) => t.definition.name)
      .sort();
    expect(open).toEqual(['create_an_egnyte_link', 'create_an_egnyte_user', 'update_an_egnyte_user_by_id']);
  });

  it('state all four hints on every tool', () => {
    for (const { definition: t } of result.plan!.tools) {
      expect(Object.keys(t.annotations).sort(), t.name).toEqual([
        'destructiveHint',
        'idempotentHint',
        'openWorldHint',
        'readOnlyHint',
      ]);
    }
  });
});

describe('pagination per endpoint', () => {
  it.each(PAGING)('%s pages by %s', (name, style, param, first, limitParam, max) => {
    const p = tool(name).request.pagination!;
    expect(p.style).toBe(style);
    if (p.style === 'offset') {
      expect([p.offsetParam, p.firstOffset, p.limitParam, p.maxLimit]).toEqual([param, first, limitParam, max]);
    } else if (p.style === 'cursor') {
      expect([p.cursorParam, p.limitParam ?? null, p.maxLimit ?? null]).toEqual([param, limitParam, max]);
    } else {
      expect.unreachable(`Egnyte pages by offset or cursor only, not ${p.style}`);
    }
    expect(tool(name).inputSchema.properties).toHaveProperty('next_cursor');
  });

  it('reads the next cursor where Egnyte puts it', () => {
    expect(tool('list_all_egnyte_events').request.pagination).toMatchObject({
      nextCursorPath: 'latest_id',
      cursorOnly: false,
    });
    expect(tool('list_all_egnyte_audit_events').request.pagination).toMatchObject({
      nextCursorPath: 'nextCursor',
      morePath: 'moreEvents',
      cursorOnly: true,
    });
    expect(tool('list_all_egnyte_users').request.responsePath).toBe('resources');
    expect(tool('list_all_egnyte_links').request.responsePath).toBe('ids');
  });

  it('pages only the tools in the table', () => {
    const paged = result
      .plan!.tools.filter((t) => t.definition.request.pagination)
      .map((t) => t.definition.name)
      .sort();
    expect(paged).toEqual(PAGING.map(([name]) => name).sort());
  });
});

describe('identifier kinds', () => {
  it.each(IDENTIFIERS)('%s %s takes a %s', (name, place, kind) => {
    const checked = schemaAt(validationSchema(tool(name)), place);
    const served = schemaAt(tool(name).inputSchema, place)!;
    const declared = result.plan!.integration.identifiers.get(kind)!;
    expect(checked?.['x-identifier']).toMatchObject({ kind });
    expect(served.type).toBe(declared.schema.type);
    const text = String(served.description);
    if (NEW_VALUES.includes(`${name} ${place}`)) {
      // A value the call creates is not looked up: no finder in the text or in the error hint.
      expect(text).not.toContain('Find one with');
      expect(checked?.['x-identifier']).not.toHaveProperty('findWith');
    } else {
      expect(text).toContain(declared.description);
      if (declared.findWith) {
        expect(text).toContain(`Find one with ${declared.findWith}.`);
      }
    }
  });

  it('say the kind sentence once per tool, and never on output fields', () => {
    const report = tool('create_egnyte_permission_audit_report').inputSchema;
    expect(String(schemaAt(report, 'assigners.items')?.description)).toContain('Find one with list_all_egnyte_users.');
    expect(schemaAt(report, 'assignee_users.items')?.description).toBeUndefined();
    expect(
      schemaAt(validationSchema(tool('create_egnyte_permission_audit_report')), 'assignee_users.items')?.[
        'x-identifier'
      ],
    ).toMatchObject({ kind: 'username' });
    for (const { definition: t } of result.plan!.tools) {
      expect(JSON.stringify(t.outputSchema ?? {}), t.name).not.toContain('Find one with');
    }
  });

  it('point at tools that exist', () => {
    const names = new Set(result.plan!.tools.map((t) => t.definition.name));
    for (const id of result.plan!.integration.identifiers.values()) {
      if (id.findWith) {
        expect(names.has(id.findWith), id.key).toBe(true);
      }
    }
  });

  it('reject the wrong kind: a username where a user id goes, a /Private path for permissions', () => {
    // The served schema says the type; the runtime's checks (patterns, bounds) refuse the rest.
    const compiler = createSchemaCompiler();
    const check = (name: string) => compiler.compile(validationSchema(tool(name)));
    expect(check('get_single_egnyte_user_by_id')({ id: 'jsmith' })).toBe(false);
    expect(check('get_single_egnyte_user_by_id')({ id: 0 })).toBe(false);
    expect(check('get_single_egnyte_user_by_id')({ id: 2 ** 60 })).toBe(false);
    expect(
      check('set_egnyte_folder_permissions')({
        path: '/Private/jsmith',
        userPerms: [{ name: 'a', permission: 'Viewer' }],
      }),
    ).toBe(false);
    expect(check('get_egnyte_folder_or_file')({ path: '/Shared/Docs/' })).toBe(false);
    expect(
      check('set_egnyte_folder_permissions')({
        path: '/Shared/Docs',
        userPerms: [{ name: 'jsmith', permission: 'Admin' }],
      }),
    ).toBe(false);
    expect(check('set_egnyte_folder_permissions')({ path: '/Shared/Docs', userPerms: [] })).toBe(false);
    expect(
      check('set_egnyte_folder_permissions')({
        path: '/Shared/Docs',
        userPerms: [{ name: 'jsmith', permission: 'Full', extra: 1 }],
      }),
    ).toBe(false);
  });
});

describe('fixed request parts', () => {
  it.each([
    ['create_egnyte_folder', { action: 'add_folder' }],
    ['move_egnyte_folder_or_file', { action: 'move' }],
    ['copy_egnyte_folder_or_file', { action: 'copy' }],
    ['create_egnyte_login_audit_report', { format: 'json' }],
    ['create_egnyte_file_audit_report', { format: 'json' }],
    ['create_egnyte_permission_audit_report', { format: 'json' }],
    ['restore_egnyte_trash_items', { action: 'RESTORE' }],
  ])('%s always sends %j', (name, body) => {
    expect(tool(name).request.fixedBody).toEqual(body);
  });

  it('reads a 207 restore answer as per-item failures (third-party shape, egnyte-api.md §2.10.1)', () => {
    expect(tool('restore_egnyte_trash_items').request.partialFailure).toEqual({
      status: 207,
      itemsPath: 'resources',
      idPath: 'id',
      reasonPaths: ['code', 'descriptions'],
    });
    expect(tool('restore_egnyte_trash_items').annotations).toMatchObject({
      destructiveHint: true,
      idempotentHint: false,
    });
  });
});

describe('seed workflows are possible from the tool surface', () => {
  const compiler = createSchemaCompiler();
  const accepts = (name: string, args: object) => compiler.compile(validationSchema(tool(name)))(args);

  it('offboarding: find by email, read groups, deactivate', () => {
    expect(accepts('list_all_egnyte_users', { filter: 'email eq "jsmith@company.com"' })).toBe(true);
    expect(tool('list_all_egnyte_users').description).toMatch(/email eq/);
    expect(JSON.stringify(tool('get_single_egnyte_user_by_id').outputSchema)).toContain('"groups"');
    expect(tool('get_single_egnyte_user_by_id').description).toMatch(/groups/);
    expect(accepts('update_an_egnyte_user_by_id', { id: 12408258604, active: false })).toBe(true);
    expect(tool('update_an_egnyte_user_by_id').description).toMatch(/active to false deactivates/);
  });

  it('group audit: resolve a name, list members, check each member', () => {
    expect(accepts('list_all_egnyte_groups', { filter: 'displayName eq "External Agency"' })).toBe(true);
    expect(tool('get_single_egnyte_group_by_id').description).toMatch(/get_single_egnyte_user_by_id/);
    expect(JSON.stringify(tool('get_single_egnyte_user_by_id').outputSchema)).toMatch(/"userType".*"role"/);
  });

  it('membership: removal needs operation delete on every member, adding takes no operation', () => {
    const id = 'e3ba9d90-ebc7-483e-abaa-a84e92480c86';
    expect(accepts('remove_egnyte_group_members', { id, members: [{ value: 12408258604, operation: 'delete' }] })).toBe(
      true,
    );
    expect(accepts('remove_egnyte_group_members', { id, members: [{ value: 12408258604 }] })).toBe(false);
    expect(accepts('add_egnyte_group_members', { id, members: [{ value: 12408258604 }] })).toBe(true);
    expect(accepts('add_egnyte_group_members', { id, members: [{ value: 12408258604, operation: 'delete' }] })).toBe(
      false,
    );
    expect(tool('update_an_egnyte_group_by_id').inputSchema.properties).not.toHaveProperty('members');
  });
});
