import type { JsonSchema, ToolDefinition } from 'saas-mcp-runtime';
import { listedTool } from 'saas-mcp-runtime/contract';
import { describe, expect, it } from 'vitest';
import { countJsonTokens } from '../../generator/pipeline/tokens.js';
import { classifySurface, overallSeverity } from '../../generator/surface/classify.js';
import { hash, lockTools } from '../../generator/surface/lockfile.js';

function tool(
  name: string,
  props: Record<string, JsonSchema>,
  required: string[] = [],
  extra: Partial<ToolDefinition> = {},
): ToolDefinition {
  return {
    name,
    title: name,
    description: 'A tool.',
    inputSchema: { type: 'object', properties: props, required, additionalProperties: false },
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    tags: ['t'],
    kind: 'get',
    source: { resource: 'r', method: name },
    request: { method: 'GET', path: '/x', locations: {} },
    ...extra,
  };
}
const str = (extra: JsonSchema = {}): JsonSchema => ({ type: 'string', description: 'A string.', ...extra });
const before = [tool('a', { x: str(), y: str() }, ['x'])];

describe('classifySurface', () => {
  it.each<[string, ToolDefinition[], 'breaking' | 'minor' | 'patch' | 'none', string]>([
    ['no change', before, 'none', ''],
    ['removed tool', [], 'breaking', 'tool removed'],
    [
      'renamed tool (same source method)',
      [tool('b', { x: str(), y: str() }, ['x'], { source: { resource: 'r', method: 'a' } })],
      'breaking',
      'renamed to b',
    ],
    ['added tool', [...before, tool('c', {})], 'minor', 'tool added'],
    [
      'newly required parameter',
      [tool('a', { x: str(), y: str() }, ['x', 'y'])],
      'breaking',
      'parameter y is now required',
    ],
    [
      'added required parameter',
      [tool('a', { x: str(), y: str(), z: str() }, ['x', 'z'])],
      'breaking',
      'required parameter z added',
    ],
    [
      'added optional parameter',
      [tool('a', { x: str(), y: str(), z: str() }, ['x'])],
      'minor',
      'optional parameter z added',
    ],
    ['removed parameter', [tool('a', { x: str() }, ['x'])], 'breaking', 'parameter y removed'],
    [
      'narrowed type (pattern added)',
      [tool('a', { x: str({ pattern: '^a' }), y: str() }, ['x'])],
      'breaking',
      'parameter x: narrowed',
    ],
    ['added maxLength', [tool('a', { x: str({ maxLength: 20 }), y: str() }, ['x'])], 'breaking', 'narrowed'],
    [
      'description only',
      [tool('a', { x: str(), y: str() }, ['x'], { description: 'Better words.' })],
      'patch',
      'description changed',
    ],
    [
      'parameter description only',
      [tool('a', { x: str({ description: 'Other words.' }), y: str() }, ['x'])],
      'patch',
      'parameter descriptions',
    ],
    [
      'no longer read-only',
      [
        tool('a', { x: str(), y: str() }, ['x'], {
          annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
        }),
      ],
      'breaking',
      'no longer read-only',
    ],
  ])('%s', (_label, after, severity, text) => {
    const changes = classifySurface(before, after);
    expect(overallSeverity(changes)).toBe(severity);
    if (text) {
      expect(changes.map((c) => c.message).join('\n')).toContain(text);
    }
  });

  it('sees no change when a check moves from the served schema into argumentChecks (still enforced)', () => {
    const served = [tool('a', { n: { type: 'string', pattern: '^x', description: 'A string.' } })];
    const checked = [
      tool('a', { n: { type: 'string', description: 'A string.' } }, [], {
        argumentChecks: { '/properties/n': { pattern: '^x' } },
      }),
    ];
    expect(overallSeverity(classifySurface(served, checked))).toBe('patch');
    const dropped = [tool('a', { n: { type: 'string', description: 'A string.' } })];
    expect(overallSeverity(classifySurface(checked, dropped))).toBe('minor');
  });

  it('treats a relaxed constraint as minor and a tightened one as breaking', () => {
    const old = [tool('a', { n: { type: 'integer', maximum: 10, description: 'A number.' } })];
    expect(
      overallSeverity(
        classifySurface(old, [tool('a', { n: { type: 'integer', maximum: 20, description: 'A number.' } })]),
      ),
    ).toBe('minor');
    expect(
      overallSeverity(
        classifySurface(old, [tool('a', { n: { type: 'integer', maximum: 5, description: 'A number.' } })]),
      ),
    ).toBe('breaking');
    const e = [tool('a', { s: { type: 'string', enum: ['x', 'y'], description: 'A choice.' } })];
    expect(
      overallSeverity(
        classifySurface(e, [tool('a', { s: { type: 'string', enum: ['x', 'y', 'z'], description: 'A choice.' } })]),
      ),
    ).toBe('minor');
    expect(
      overallSeverity(
        classifySurface(e, [tool('a', { s: { type: 'string', enum: ['x'], description: 'A choice.' } })]),
      ),
    ).toBe('breaking');
  });
});

describe('lockTools', () => {
  it('hashes schemas independently of key order and records cost, annotations and source', () => {
    expect(hash({ a: 1, b: [1, { c: 2, d: 3 }] })).toBe(hash({ b: [1, { d: 3, c: 2 }], a: 1 }));
    const lock = lockTools('p', before);
    expect(lock.tools.a).toMatchObject({ source: 'r.a', kind: 'get', required: ['x'], output_hash: null });
    expect(lock.tokenizer).toBe('o200k_base');
    expect(lock.tools.a!.model_tokens).toBeGreaterThan(10);
    // The whole entry (annotations too) costs more than the part a model reads to choose the tool.
    expect(lock.tools.a!.tokens).toBeGreaterThan(lock.tools.a!.model_tokens);
    expect(lock.model_tokens).toBe(lock.tools.a!.model_tokens);
    // tools/list is counted as one text: the { tools: [...] } wrapper adds a few tokens.
    expect(lock.total_tokens).toBe(countJsonTokens({ tools: before.map((t) => listedTool(t)) }));
    expect(lock.total_tokens).toBeGreaterThan(lock.tools.a!.tokens);
  });
});
