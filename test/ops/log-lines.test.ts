/**
 * The server's log lines (design.md §4d) are pino's, byte for byte: the lines the server writes are
 * formatted by ops/json-line.ts without loading pino (it stays off the cold start), anything else
 * by pino, required on first need. Checked against pino itself, and in built processes: the first
 * lines of an HTTP start and its first tools/list load no pino, and a fatal line written just
 * before exiting (pino loaded for it, or not) reaches stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger, type Logger } from '../../templates/runtime/src/ops/log.js';
import { assertBuilt, REPO, startHttpServer } from '../support/server.js';

function memory(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { stream, text: () => text };
}

const sameTime = (text: string) => text.replace(/"time":\d+/g, '"time":0');

const circular: Record<string, unknown> = { name: 'loop' };
circular.self = circular;

const RECORDS: Array<[string, unknown[]]> = [
  ['a message', ['listening on http://127.0.0.1:3000/mcp']],
  ['an empty message', ['']],
  ['quotes, backslashes, control characters', ['a "b" \\c\n\t\u0001 d']],
  ['a request line', [{ req_id: 'ab12', route: '/mcp', method: 'POST', status: 200, duration_ms: 3.4 }, 'request']],
  ['undefined, NaN, Infinity, null, booleans', [{ a: undefined, b: Number.NaN, c: -Infinity, d: null, e: false }, 'm']],
  ['nested values and a date', [{ purged: { logs: 3, servers: [1, 2] }, at: new Date(0) }, 'retention purge']],
  ['fields without a message', [{ in_flight: 0 }]],
  ['a field named msg', [{ msg: 'own' }]],
  ['a function and a symbol (left out)', [{ f: () => 1, s: Symbol('s'), k: 1 }, 'm']],
  ['a key that needs escaping', [{ 'k"e\\y': 'v\u2028' }, 'k']],
  ['a long string with a lone surrogate', [`${'x'.repeat(120)}\ud800`]],
  ['a short string with a lone surrogate (pino)', ['a \ud800 b']],
  ['an emoji (pino)', ['done \ud83d\ude00']],
  ['an Error (pino)', [new Error('boom')]],
  ['an err field (pino)', [{ err: new Error('inner') }, 'failed']],
  ['format arguments (pino)', ['%s of %d', 'part', 3]],
  ['a bigint (pino)', [{ n: 10n }, 'big']],
  ['a circular value (pino)', [{ c: circular }, 'loop']],
];

describe('log lines', () => {
  it.each(RECORDS)('%s: the same line as pino', (_name, args) => {
    const ours = memory();
    const theirs = memory();
    const log = createLogger({ level: 'trace', format: 'json', destination: ours.stream });
    const reference = pino(
      { level: 'trace', base: undefined, timestamp: pino.stdTimeFunctions.epochTime },
      theirs.stream,
    );
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const) {
      (log[level] as (...rest: unknown[]) => void)(...args);
      (reference[level] as (...rest: unknown[]) => void)(...args);
    }
    expect(sameTime(ours.text())).toBe(sameTime(theirs.text()));
    expect(ours.text().split('\n')).toHaveLength(7);
  });

  it('levels below the chosen one, and every level when silent, write nothing', () => {
    const out = memory();
    const warn = createLogger({ level: 'warn', format: 'json', destination: out.stream });
    warn.info('no');
    warn.debug({ a: 1 }, 'no');
    warn.warn('yes');
    const silent: Logger = createLogger({ level: 'silent', format: 'json', destination: out.stream });
    silent.fatal(new Error('no'));
    expect(
      out
        .text()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).msg),
    ).toEqual(['yes']);
  });

  it('pretty format reads the same records', async () => {
    const out = memory();
    const log = createLogger({ level: 'info', format: 'pretty', destination: out.stream });
    log.info({ tool: 'list_users', outcome: 'ok' }, 'tool call');
    log.error(new Error('boom'));
    await new Promise((resolve) => setImmediate(resolve));
    const [call = '', failure = ''] = out.text().trim().split('\n');
    expect(call).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO tool call tool=list_users outcome=ok$/);
    expect(failure).toMatch(/ ERROR boom err=\{"type":"Error","message":"boom"/);
  });
});

describe('the built server', () => {
  const HOOK = fileURLToPath(new URL('./required-modules.mjs', import.meta.url));
  const LOG = path.join(REPO, 'templates/runtime/dist/ops/log.js');
  const temp = mkdtempSync(path.join(tmpdir(), 'log-lines-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('over HTTP logs its first lines and answers tools/list without requiring pino', async () => {
    const file = path.join(temp, 'required.txt');
    const upstream = { EGNYTE_BASE_URL: 'http://127.0.0.1:9', EGNYTE_ACCESS_TOKEN: 'log-lines-test' };
    const server = await startHttpServer([], { ...upstream, REQUIRED_MODULES_FILE: file }, { imports: [HOOK] });
    try {
      const headers = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };
      const list = await fetch(server.mcpUrl, {
        method: 'POST',
        headers,
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
      });
      expect(((await list.json()) as { result: { tools: unknown[] } }).result.tools.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
    const lines = server
      .stderr()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ level: 30, msg: expect.stringContaining('/mcp: default account') });
    expect(lines.some((line) => line.msg === 'request' && line.route === '/mcp' && line.status === 200)).toBe(true);
    const required = readFileSync(file, 'utf8');
    expect(required).not.toMatch(/node_modules\/pino\//);
  });

  it.each([
    ['a message', "log.fatal('could not start')", { msg: 'could not start' }],
    [
      'an Error (pino, required for it)',
      "log.fatal(new Error('port taken'), 'could not start')",
      { err: { message: 'port taken' } },
    ],
  ])('a fatal line written just before exit reaches stderr: %s', (_name, call, expected) => {
    assertBuilt(LOG);
    const script = `import { createLogger } from ${JSON.stringify(LOG)};
const log = createLogger({ level: 'info', format: 'json' });
${call};
process.exit(1);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stderr.trim())).toMatchObject({ level: 60, msg: 'could not start', ...expected });
  });
});
