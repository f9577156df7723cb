/**
 * `npm run bench:import`: imports each vendor document (and a synthetic 5 MB one with circular
 * schemas) in a fresh process and prints, per document: size, operations in it and selected,
 * imported, documented, skipped, tools the unchanged generator makes (the gate), import time,
 * gate time and peak memory. Figures only: nothing here asserts a time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compile } from '../../generator/compile.js';
import { importOpenApi } from '../../generator/import-openapi/import.js';
import { fsStorage } from '../../generator/io/storage.js';
import { load } from '../../generator/pipeline/load.js';
import { VENDORS } from '../import-openapi/vendors.js';

interface Row {
  document: string;
  mb: string;
  operations: number;
  selected: number;
  imported: number;
  documented: number;
  skipped: number;
  tools: number | string;
  importMs: number;
  gateMs: number;
  /** Peak resident memory after the import, and after the generator ran on its output too. */
  importPeakMb: number;
  gatePeakMb: number;
}

/** In the child: one import and one generator run, then a JSON row on stdout. */
async function measure(file: string, integration: string, tags: string[]): Promise<Row> {
  const specs = path.join(mkdtempSync(path.join(tmpdir(), 'bench-import-')), 'specs');
  const started = performance.now();
  const r = await importOpenApi({ file, integration, storage: fsStorage(specs), ...(tags.length > 0 ? { tags } : {}) });
  const imported = performance.now();
  const importPeakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const compiled = await compile(await load(path.join(specs, integration), '/'));
  const gated = performance.now();
  return {
    document: `${integration}${tags.length > 0 ? ` (--tags ${tags.join(',')})` : ''}`,
    mb: (r.bytes / 1024 / 1024).toFixed(2),
    operations: r.total,
    selected: r.selected,
    imported: r.imported.length,
    documented: r.imported.filter((i) => i.documented).length,
    skipped: r.skipped.length,
    tools:
      compiled.diagnostics.length > 0 ? `${compiled.diagnostics.length} problems` : (compiled.plan?.tools.length ?? 0),
    importMs: Math.round(imported - started),
    gateMs: Math.round(gated - imported),
    importPeakMb,
    gatePeakMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** About 5 MB of OpenAPI: resources with shared, nested and circular schemas. */
function syntheticDocument(): string {
  const schemas: Record<string, unknown> = {
    Node: {
      type: 'object',
      description: 'A tree node.',
      properties: {
        name: { type: 'string', description: 'Name of the node.' },
        children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
      },
    },
  };
  const paths: Record<string, unknown> = {};
  for (let i = 0; paths && JSON.stringify({ paths, schemas }).length < 5 * 1024 * 1024; i++) {
    const props = Object.fromEntries(
      Array.from({ length: 120 }, (_, p) => [
        `field_${p}`,
        {
          type: p % 3 ? 'string' : 'integer',
          description: `Field ${p} of thing ${i}, as the vendor describes it at some length.`,
        },
      ]),
    );
    schemas[`Thing${i}`] = {
      type: 'object',
      description: `Thing number ${i}.`,
      properties: { ...props, tree: { $ref: '#/components/schemas/Node' } },
    };
    const ok = {
      '200': {
        description: 'ok',
        content: { 'application/json': { schema: { $ref: `#/components/schemas/Thing${i}` } } },
      },
    };
    const id = {
      name: 'id',
      in: 'path',
      required: true,
      description: `Identifier of thing ${i}.`,
      schema: { type: 'string' },
    };
    paths[`/things${i}`] = {
      post: {
        tags: [`things${i}`],
        summary: `Create a thing of kind ${i}`,
        requestBody: { content: { 'application/json': { schema: { $ref: `#/components/schemas/Thing${i}` } } } },
        responses: ok,
      },
    };
    paths[`/things${i}/{id}`] = {
      parameters: [id],
      get: { tags: [`things${i}`], summary: `Get one thing of kind ${i}`, responses: ok },
      delete: { tags: [`things${i}`], responses: ok },
    };
  }
  return JSON.stringify({
    openapi: '3.1.0',
    info: { title: 'Synthetic', version: '1' },
    servers: [{ url: 'https://api.synthetic.test' }],
    paths,
    components: { schemas },
  });
}

const [mode, file, integration, tags] = process.argv.slice(2);
if (mode === '--one' && file && integration) {
  console.log(JSON.stringify(await measure(file, integration, tags ? tags.split(',') : [])));
} else {
  const synthetic = path.join(mkdtempSync(path.join(tmpdir(), 'bench-synthetic-')), 'synthetic.json');
  writeFileSync(synthetic, syntheticDocument());
  const runs = [
    ...VENDORS.map((v) => [v.file, v.integration, (v.tags ?? []).join(',')]),
    [VENDORS[0]!.file, 'githubfull', ''],
    [synthetic, 'synthetic', ''],
  ];
  const rows: Row[] = [];
  for (const [doc, name, tagList] of runs) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', import.meta.filename, '--one', doc!, name!, tagList!],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    rows.push(JSON.parse(out.trim().split('\n').pop()!) as Row);
    console.error(`measured ${name}`);
  }
  console.log(
    '| document | MB | operations | selected | imported | documented | skipped | tools after the gate | import ms | import peak RSS MB | generator ms | generator peak RSS MB |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.document} | ${r.mb} | ${r.operations} | ${r.selected} | ${r.imported} | ${r.documented} | ${r.skipped} | ${r.tools} | ${r.importMs} | ${r.importPeakMb} | ${r.gateMs} | ${r.gatePeakMb} |`,
    );
  }
}
