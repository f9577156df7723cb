// Generated from templates/runtime/versions.ts by `npm run generate`. Do not edit: change the specs and regenerate.
/**
 * Who this runtime is: its npm name and version (the one place the version is written; the
 * generator copies it into the runtime package's package.json), and the version of the data
 * contract it reads (`ServerData`: `tools.json` and the generated `src/tools.gen.ts`).
 */
import type { Outcome } from './credentials.js';
import type { ServerData } from './tool-data.js';

export const RUNTIME_NAME = 'saas-mcp-runtime';
export const RUNTIME_VERSION = '1.3.0';
/** Raise it (and the runtime's major version) when `ServerData` changes in a way older data or runtimes cannot read. */
export const DATA_CONTRACT = 1;

/** The data must be of the contract this runtime reads, exactly: an older or newer shape is refused, not guessed at. */
export function checkDataContract(data: Pick<ServerData, 'dataContract' | 'integration'>): Outcome<void> {
  const found: unknown = data.dataContract;
  if (found === DATA_CONTRACT) return { ok: true, value: undefined };
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
