/**
 * Ids on the command line: store ids are random base64url, so before they were drawn to begin with
 * a letter or digit one could begin with `-` or `--` (1 in 32, 1 in 4,096), and `servers create
 * --account --x…` read as a missing value. New ids never begin so; ids already stored still parse.
 */
import { describe, expect, it } from 'vitest';
import { parseControlArgs } from '../../templates/runtime/src/hosting/verbs-args.js';
import { randomId } from '../../templates/runtime/src/security/secrets.js';

describe('ids on the command line', () => {
  it('are drawn to begin with a letter or a digit, still 16 base64url characters', () => {
    const ids = Array.from({ length: 20_000 }, () => randomId());
    expect(ids.filter((id) => !/^[A-Za-z0-9][\w-]{15}$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id[0])).size).toBe(62);
  });

  it('are read as values after a flag, whatever dashes they begin with', () => {
    const parsed = parseControlArgs(['servers', 'create', '--account', '--Xy_z0', '--name', '-audit']);
    expect(parsed).toEqual({
      ok: true,
      value: {
        kind: 'control',
        verb: 'servers create',
        flags: { '--account': '--Xy_z0', '--name': '-audit' },
        positional: [],
      },
    });
    expect(parseControlArgs(['servers', 'list', '--account=--Xy_z0'])).toMatchObject({
      ok: true,
      value: { flags: { '--account': '--Xy_z0' } },
    });
  });

  it('still refuse a flag where its value should be, and take positional ids after a bare --', () => {
    expect(parseControlArgs(['servers', 'create', '--account', '--name', 'audit'])).toEqual({
      ok: false,
      message: '--account needs a value',
    });
    expect(parseControlArgs(['servers', 'create', '--name', '--require-api-token'])).toEqual({
      ok: false,
      message: '--name needs a value',
    });
    expect(parseControlArgs(['servers', 'revoke', '--account', 'a1', '--', '--Srv1'])).toMatchObject({
      ok: true,
      value: { flags: { '--account': 'a1' }, positional: ['--Srv1'] },
    });
    expect(parseControlArgs(['servers', 'revoke', '--account', 'a1', '-Srv1'])).toMatchObject({
      ok: true,
      value: { positional: ['-Srv1'] },
    });
    const unknown = parseControlArgs(['servers', 'revoke', '--account', 'a1', '--Srv1']);
    expect(unknown.ok || unknown.message).toMatch(/unknown argument "--Srv1".*after a bare --/);
  });
});
