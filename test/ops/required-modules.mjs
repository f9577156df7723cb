// `node --import ./required-modules.mjs <script>`: appends the file name of every CommonJS module
// the program requires to the file named by REQUIRED_MODULES_FILE (one per line), for tests of what
// a start loads (loaded-modules.mjs in test/runtime sees ES modules only).
import { appendFileSync, writeFileSync } from 'node:fs';
import Module from 'node:module';

const file = process.env.REQUIRED_MODULES_FILE;
if (file) {
  writeFileSync(file, '');
  const load = Module._load;
  Module._load = function recordLoad(request, parent, isMain) {
    const exported = load.call(this, request, parent, isMain);
    try {
      appendFileSync(file, `${Module._resolveFilename(request, parent, isMain)}\n`);
    } catch {
      appendFileSync(file, `${request}\n`);
    }
    return exported;
  };
}
