/** `--version`, and the data-contract check that stops a runtime from serving data of another shape. */

import type { ServerData } from 'saas-mcp-runtime';
import {
  checkDataContract,
  createToolRuntime,
  DATA_CONTRACT,
  embedServer,
  main,
  RUNTIME_NAME,
  RUNTIME_VERSION,
} from 'saas-mcp-runtime';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixture.js';

const ENV = { ACME_BASE_URL: 'http://127.0.0.1:9', ACME_ACCESS_TOKEN: 'secret-token' };

async function run(argv: string[], data: ServerData = fixture): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, data, ENV, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

const newer: ServerData = { ...fixture, dataContract: DATA_CONTRACT + 1 };

describe('--version', () => {
  it('prints the package and runtime versions and the data contract', async () => {
    expect(await run(['--version'])).toEqual({
      code: 0,
      out: `acme-mcp-server 1.2.3\n${RUNTIME_NAME} ${RUNTIME_VERSION} (data contract ${DATA_CONTRACT})\n`,
      err: '',
    });
  });

  it('still answers when the data contract does not match (it is how one finds out)', async () => {
    const { code, out } = await run(['--version'], newer);
    expect(code).toBe(0);
    expect(out).toContain(`${RUNTIME_NAME} ${RUNTIME_VERSION}`);
  });
});

describe('data contract', () => {
  const expected = `acme-mcp-server's tool data has data contract ${DATA_CONTRACT + 1}, but ${RUNTIME_NAME} ${RUNTIME_VERSION} reads data contract ${DATA_CONTRACT}`;

  it.each([[['--transport', 'stdio']], [['--transport', 'http', '--port', '0']], [['mint-url']]])(
    '%j refuses to start on a mismatch, naming both versions',
    async (argv) => {
      const { code, out, err } = await run(argv, newer);
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(`error: ${expected}`);
    },
  );

  it('names a missing version too (data generated before contracts existed)', () => {
    const { dataContract: _omitted, ...older } = fixture;
    const check = checkDataContract(older as ServerData);
    expect(check).toEqual({
      ok: false,
      message: expect.stringContaining(
        `has no data contract version, but ${RUNTIME_NAME} ${RUNTIME_VERSION} reads data contract ${DATA_CONTRACT}`,
      ),
    });
  });

  it('embedding refuses the data as well: createToolRuntime and embedServer throw', () => {
    expect(() => createToolRuntime(newer)).toThrow(expected);
    expect(() => embedServer(newer, { credentials: { baseUrl: 'http://127.0.0.1:9', accessToken: 't' } })).toThrow(
      expected,
    );
  });

  it('accepts its own contract', () => {
    expect(checkDataContract(fixture)).toEqual({ ok: true, value: undefined });
  });
});
