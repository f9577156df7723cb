import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The side-effect seam: the generator reads and writes output only through this. */
export interface Storage {
  /** Files under `dir` (posix paths relative to the storage root), recursively; [] when absent. */
  list(dir: string): Promise<string[]>;
  read(file: string): Promise<string | undefined>;
  write(file: string, contents: string): Promise<void>;
  remove(file: string): Promise<void>;
}

/** Folders inside a generated package that belong to npm or the build, never to the generator. */
const NOT_OWNED = new Set(['node_modules', 'dist']);

export function fsStorage(root: string): Storage {
  const abs = (file: string) => path.join(root, ...file.split('/'));
  return {
    async list(dir) {
      const out: string[] = [];
      const walk = async (rel: string): Promise<void> => {
        const entries = await readdir(abs(rel), { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
          const child = `${rel}/${e.name}`;
          if (e.isDirectory()) {
            if (!NOT_OWNED.has(e.name)) {
              await walk(child);
            }
          } else if (!e.name.endsWith('.tgz')) {
            out.push(child);
          }
        }
      };
      await walk(dir);
      return out.sort();
    },
    read: (file) => readFile(abs(file), 'utf8').catch(() => undefined),
    async write(file, contents) {
      // Write beside, then rename: a crash never leaves a half-written file behind.
      await mkdir(path.dirname(abs(file)), { recursive: true });
      const tmp = `${abs(file)}.${process.pid}.tmp`;
      await writeFile(tmp, contents, 'utf8');
      await rename(tmp, abs(file));
    },
    remove: (file) => rm(abs(file), { force: true }),
  };
}

/** In-memory storage for --dry-run and tests. */
export function memoryStorage(initial: Record<string, string> = {}): Storage & { files: Map<string, string> } {
  const files = new Map(Object.entries(initial));
  return {
    files,
    list: async (dir) => [...files.keys()].filter((f) => f.startsWith(`${dir}/`)).sort(),
    read: async (file) => files.get(file),
    write: async (file, contents) => void files.set(file, contents),
    remove: async (file) => void files.delete(file),
  };
}
