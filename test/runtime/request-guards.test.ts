import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../templates/runtime/src/upstream/client.js';
import { buildRequest } from '../../templates/runtime/src/upstream/request.js';
import { tools } from './fixture.js';

const credentials = { baseUrl: 'http://up', accessToken: 't' };
const update = tools.find((t) => t.request.method === 'PATCH' && !t.request.fixedBody)!;

describe('buildRequest guards', () => {
  it('refuses a partial update that changes nothing, naming what could change', () => {
    const built = buildRequest(update, { [pathArg()]: 1001 }, credentials);
    expect(built).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^nothing to change: pass at least one of /),
    });
  });

  it('sends a partial update that changes something', () => {
    const bodyArg = Object.entries(update.request.locations).find(([, l]) => l.in === 'body')![0];
    const built = buildRequest(update, { [pathArg()]: 1001, [bodyArg]: false }, credentials);
    expect(built.ok).toBe(true);
  });
});

describe('formatDuration', () => {
  it.each([
    [300, '300 ms'],
    [1400, '1.4 s'],
    [30000, '30 s'],
  ])('%i ms -> %s', (ms, want) => {
    expect(formatDuration(ms)).toBe(want);
  });
});

function pathArg(): string {
  return Object.entries(update.request.locations).find(([, l]) => l.in === 'path')![0];
}
