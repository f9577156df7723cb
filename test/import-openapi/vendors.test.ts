/**
 * Real vendor documents: imported, accepted by the unchanged generator with exactly the documented
 * operations as tools, and the generated package type-checks under tsc --strict.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../generator/compile.js';
import { importOpenApi } from '../../generator/import-openapi/import.js';
import { fsStorage } from '../../generator/io/storage.js';
import { load } from '../../generator/pipeline/load.js';
import { typecheck, writeFiles } from '../generator/typecheck.js';
import { tempDir } from './harness.js';
import { VENDORS } from './vendors.js';

describe('real vendor documents', () => {
  it.each(VENDORS)(
    '$integration: imports, passes the generator and builds under tsc --strict',
    async ({ integration, file, tags }) => {
      const specs = path.join(await tempDir(), 'specs');
      const result = await importOpenApi({ file, integration, storage: fsStorage(specs), ...(tags ? { tags } : {}) });
      expect(result.imported.length).toBeGreaterThan(0);
      expect(result.write.edited).toEqual([]);

      const compiled = await compile(await load(path.join(specs, integration), '/'));
      expect(compiled.diagnostics).toEqual([]);
      const documented = result.imported
        .filter((i) => i.documented)
        .map((i) => i.tool)
        .sort();
      expect(compiled.plan!.tools.map((t) => t.definition.name).sort()).toEqual(documented);
      expect(compiled.plan!.skipped.length).toBe(result.undocumented.length);

      const dir = `.tmp/import-${integration}`;
      await writeFiles(dir, compiled.files);
      expect(typecheck(path.join(dir, `${integration}-mcp-server`))).toEqual([]);
    },
    240_000,
  );
});
