/**
 * Who this runtime is: its npm name and version (read from its own package.json, the one place
 * the version is written; changesets raise it), and the version of the data contract it reads
 * (`ServerData`: `tools.json` and the generated `src/tools.gen.ts`).
 */
import { readFileSync } from 'node:fs';
import type { Outcome } from './outcome.js';
import type { ServerData } from './tool-data.js';

/** The hosting layer (store, admin, OAuth), loaded only when asked for: see cli/load-hosting.ts. */
export const HOSTING_NAME = 'saas-mcp-hosting';

/** package.json is two folders up from both src/data/ (sources) and dist/data/ (the build). */
function ownPackage(): { name: string; version: string; hostingRange: string } {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const { name, version, peerDependencies } = (manifest ?? {}) as {
    name?: unknown;
    version?: unknown;
    peerDependencies?: Record<string, unknown>;
  };
  const hostingRange = peerDependencies?.[HOSTING_NAME];
  if (typeof name !== 'string' || typeof version !== 'string' || typeof hostingRange !== 'string') {
    throw new Error(`saas-mcp-runtime: its package.json lacks a name, a version or the ${HOSTING_NAME} peer range`);
  }
  return { name, version, hostingRange };
}

const identity = ownPackage();
export const RUNTIME_NAME = identity.name;
export const RUNTIME_VERSION = identity.version;
/** The versions of the hosting layer this runtime works with (its optional peer dependency). */
export const HOSTING_RANGE = identity.hostingRange;
/** Raise it (and the runtime's major version) when `ServerData` changes in a way older data or runtimes cannot read. */
export const DATA_CONTRACT = 1;

/** The data must be of the contract this runtime reads, exactly: an older or newer shape is refused, not guessed at. */
export function checkDataContract(data: Pick<ServerData, 'dataContract' | 'integration'>): Outcome<void> {
  const found: unknown = data.dataContract;
  if (found === DATA_CONTRACT) {
    return { ok: true, value: undefined };
  }
  const named = typeof found === 'number' ? `data contract ${found}` : 'no data contract version';
  return {
    ok: false,
    message:
      `${data.integration.packageName}'s tool data has ${named}, but ${RUNTIME_NAME} ${RUNTIME_VERSION} reads data contract ${DATA_CONTRACT}: ` +
      `install the ${RUNTIME_NAME} version the package's package.json asks for, or regenerate the package`,
  };
}

/** `--version`: the package and the runtime it runs on. */
export function versionText(data: Pick<ServerData, 'version' | 'integration'>): string {
  return `${data.integration.packageName} ${data.version ?? '0.0.0'}\n${RUNTIME_NAME} ${RUNTIME_VERSION} (data contract ${DATA_CONTRACT})\n`;
}
