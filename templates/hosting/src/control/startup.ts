/** The store settings `--store` needs, checked before anything is opened. */
import { parseStoreUrl } from '../store/open.js';

export function controlProblems(storeUrl: string, secrets: readonly string[]): string[] {
  const problems: string[] = [];
  const location = parseStoreUrl(storeUrl);
  if (!location.ok) {
    problems.push(location.message);
  }
  if (secrets.length === 0) {
    problems.push('--store needs MCP_SERVER_SECRET: it encrypts the stored account credentials');
  }
  return problems;
}
