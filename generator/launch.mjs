/**
 * `npm run generate`: runs the generator from an esbuild bundle of its sources kept under
 * `.tmp/generator-build/`, rebuilt whenever any bundled source file changes, instead of through
 * tsx. tsx's loader hooks sit in front of every module the generator loads, node_modules included
 * (0.35 to 0.8 s of CPU per run, #22); the build costs about 0.1 s once after each change.
 * Plain JavaScript: it must run before anything is compiled.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, '.tmp/generator-build');
const CURRENT = path.join(OUT, 'current.json');
/** Builds kept: a concurrent run may still load a lazy chunk of the one before. */
const KEEP = 3;

const sha = (data) => createHash('sha256').update(data).digest('hex');
const fileHash = (rel) => sha(readFileSync(path.join(ROOT, rel)));

/** What decides the bundle besides its inputs: this file, the resolver's config, esbuild's version. */
function buildSettings() {
  const esbuild = createRequire(import.meta.url).resolve('esbuild/package.json');
  return sha([fileHash('generator/launch.mjs'), fileHash('tsconfig.json'), sha(readFileSync(esbuild))].join('\0'));
}

/** The build recorded last, if every input it was made from is unchanged. */
function currentBuild() {
  try {
    const current = JSON.parse(readFileSync(CURRENT, 'utf8'));
    for (const [rel, hash] of Object.entries(current.inputs)) {
      if (fileHash(rel) !== hash) {
        return undefined;
      }
    }
    const built = existsSync(path.join(OUT, current.dir, 'cli.mjs'));
    return built && current.settings === buildSettings() ? current : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Bundles generator/cli.ts (and the runtime's contract entry, through tsconfig paths) with every
 * package left external and dynamic imports kept lazy. Each module keeps its own `import.meta.url`,
 * so files it reads beside itself (meta-schemas, package.json) are found where they are.
 */
async function build() {
  const esbuild = await import('esbuild');
  const semantic = {};
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ['generator/cli.ts'],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: 'tsconfig.json',
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    // Stack traces need the mappings only; without the sources' text the maps load in a third of the time.
    sourcesContent: false,
    // Sources are named relative to OUT; the files move into a folder of OUT below.
    sourceRoot: `${pathToFileURL(OUT).href}/`,
    metafile: true,
    write: false,
    outdir: OUT,
    logLevel: 'error',
    plugins: [
      {
        name: 'own-module-url',
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => {
            const { code } = await esbuild.transform(readFileSync(file, 'utf8'), {
              loader: 'ts',
              format: 'esm',
              define: { 'import.meta.url': '__moduleUrl' },
              sourcefile: file,
              sourcemap: 'inline',
            });
            // The code without types and comments, before it learns where it sits: what the generator does.
            semantic[path.relative(ROOT, file).split(path.sep).join('/')] = sha(
              code.replace(/\n\/\/# sourceMappingURL=.*\n?$/, ''),
            );
            // On the first line, so the inline source map still points at the right lines.
            return {
              contents: `const __moduleUrl = ${JSON.stringify(pathToFileURL(file).href)};${code}`,
              loader: 'js',
            };
          });
        },
      },
    ],
  });
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs)
      .sort()
      .map((rel) => [rel, fileHash(rel)]),
  );
  // The generator's identity for `--check`'s record (stamp.ts): what its code does, not where it
  // sits, how it was bundled or how its comments and types read (those change no output).
  const fingerprint = sha(JSON.stringify(Object.keys(inputs).map((rel) => [rel, semantic[rel] ?? inputs[rel]])));
  const settings = buildSettings();
  const dir = path.join(OUT, sha(JSON.stringify([settings, inputs])).slice(0, 16));
  const partial = `${dir}.${process.pid}.tmp`;
  rmSync(partial, { recursive: true, force: true });
  for (const file of result.outputFiles) {
    const target = path.join(partial, path.relative(OUT, file.path));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  try {
    renameSync(partial, dir);
  } catch {
    // Another run built the same sources first: the same files.
    rmSync(partial, { recursive: true, force: true });
  }
  const current = {
    settings,
    fingerprint,
    externals: externals(result.metafile),
    dir: path.basename(dir),
    inputs,
  };
  writeFileSync(`${CURRENT}.${process.pid}`, JSON.stringify(current));
  renameSync(`${CURRENT}.${process.pid}`, CURRENT);
  prune(current.dir);
  return current;
}

/** The npm packages the bundle imports: their versions are inputs of what it generates too. */
function externals(metafile) {
  const names = Object.values(metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((i) => i.external && !i.path.startsWith('node:'))
    .map((i) =>
      i.path
        .split('/')
        .slice(0, i.path.startsWith('@') ? 2 : 1)
        .join('/'),
    );
  return [...new Set(names)].sort();
}

function prune(keep) {
  const builds = readdirSync(OUT, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== keep && !e.name.endsWith('.tmp'))
    .map((e) => ({ name: e.name, time: statSync(path.join(OUT, e.name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of builds.slice(KEEP - 1)) {
    rmSync(path.join(OUT, name), { recursive: true, force: true });
  }
}

let entry;
try {
  mkdirSync(OUT, { recursive: true });
  const current = currentBuild() ?? (await build());
  // Stack traces of an internal error point into generator/*.ts, not the bundle.
  process.setSourceMapsEnabled(true);
  const { cliEntry } = await import(pathToFileURL(path.join(OUT, current.dir, 'cli.mjs')).href);
  entry = () => cliEntry(process.argv.slice(2), { fingerprint: current.fingerprint, externals: current.externals });
} catch (e) {
  // A generator that does not build is an internal error (exit 3), never "stale" (1).
  process.stderr.write(`internal error: the generator did not build: ${e?.stack ?? e}\n`);
  process.exit(3);
}
await entry();
