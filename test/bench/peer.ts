/**
 * The peer: the MCP server that openapi-mcp-generator 4.0.1 (from the npm registry, run through
 * `npm exec`) generates from the Egnyte OpenAPI description, built with its own dependencies as its
 * README says (`npm install`, `npm run build`), and started over stdio with plain `node`, like ours.
 * It is prepared once under `.tmp/bench/peer/` and reused while the description and version match.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Program, ROOT, type Upstream } from './processes.js';
import type { ToolCalls } from './targets.js';

export const PEER_PACKAGE = 'openapi-mcp-generator@4.0.1';
/** Where CI keeps the shared reference material (beside the clone), else the copy in this folder. */
const SPEC_PLACES = [
  path.join(ROOT, '../shared/bench/egnyte-openapi.yaml'),
  path.join(ROOT, 'test/bench/egnyte-openapi.yaml'),
];
const PEER_DIR = path.join(ROOT, '.tmp/bench/peer');
const STAMP = path.join(PEER_DIR, '.bench-stamp');
const SCRIPT = path.join(PEER_DIR, 'build/index.js');

const run = promisify(execFile);

export function peerSpec(): string {
  const found = SPEC_PLACES.find((file) => existsSync(file));
  if (!found) {
    throw new Error(
      `no Egnyte OpenAPI description at ${SPEC_PLACES.map((file) => path.relative(ROOT, file)).join(' or ')}`,
    );
  }
  return found;
}

async function npm(args: string[], cwd: string): Promise<void> {
  await run('npm', args, { cwd, env: process.env, maxBuffer: 16 << 20, timeout: 600_000 });
}

/**
 * Generates and builds the peer's server unless the built one matches the description and version.
 * Throws with the reason when it cannot (e.g. no registry access); the bench then leaves it out.
 */
export async function preparePeer(log: (line: string) => void = () => undefined): Promise<Program> {
  const spec = peerSpec();
  const stamp = `${PEER_PACKAGE} ${createHash('sha256').update(readFileSync(spec)).digest('hex')}`;
  if (existsSync(SCRIPT) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) {
    return peerProgram();
  }
  log(`  peer: generating with ${PEER_PACKAGE} from ${path.relative(ROOT, spec)}, then npm install and build (once)`);
  rmSync(PEER_DIR, { recursive: true, force: true });
  try {
    await npm(
      [
        'exec',
        '--yes',
        `--package=${PEER_PACKAGE}`,
        '--',
        'openapi-mcp-generator',
        '-i',
        spec,
        '-o',
        PEER_DIR,
        '--transport',
        'stdio',
      ],
      ROOT,
    );
    await npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], PEER_DIR);
    await npm(['run', 'build'], PEER_DIR);
  } catch (error) {
    const { stderr, message } = error as { stderr?: string; message: string };
    throw new Error(`the peer could not be prepared: ${(stderr || message).trim().split('\n').slice(-3).join(' ')}`);
  }
  writeFileSync(STAMP, stamp);
  return peerProgram();
}

/** The peer reads its base URL and the OAuth token of the description's `egnyteOAuth` scheme. */
export function peerProgram(): Program {
  return {
    name: 'peer',
    script: SCRIPT,
    args: [],
    env: (upstream: Upstream) => ({
      PATH: process.env.PATH ?? '',
      API_BASE_URL: upstream.baseUrl,
      OAUTH_TOKEN_EGNYTEOAUTH: upstream.token,
    }),
  };
}

export function peerCalls(userId: number): ToolCalls {
  return {
    get: { name: 'getUser', arguments: { id: userId } },
    list: { name: 'listUsers', arguments: { startIndex: 1, count: 100 } },
    listSize: 100,
  };
}

const PEER_PREFIX = /^API Response \(Status: (\d+)\):\n/;

/**
 * The body of a peer answer: it prefixes the pretty-printed JSON with the status and sets no
 * isError on upstream failures, so a non-2xx status is an error here.
 */
export function peerBody(text: string): { ok: boolean; body: string } | undefined {
  const match = PEER_PREFIX.exec(text);
  if (!match) {
    return undefined;
  }
  const status = Number(match[1]);
  return { ok: status >= 200 && status < 300, body: text.slice(match[0].length) };
}
