// `node --import ./loaded-modules.mjs <script>`: appends the URL of every ES module the program
// loads to the file named by LOADED_MODULES_FILE (one per line), for tests of what a start loads.
import { register } from 'node:module';

const file = process.env.LOADED_MODULES_FILE;
if (file) {
  register(
    'data:text/javascript,' +
      encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, next) {
      appendFileSync(${JSON.stringify(file)}, url + '\\n');
      return next(url, context);
    }`),
  );
}
