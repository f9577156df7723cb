/**
 * fast-check arbitraries for tool arguments, driven by each tool's input schema: values that fit
 * the schema, values that nearly fit, and hostile ones (lone surrogates, deep nesting, path tricks,
 * prototype keys, huge strings), mixed into argument objects with missing and unknown keys.
 */
import fc from 'fast-check';
import type { JsonSchema, ToolDefinition } from 'saas-mcp-runtime';

type Schema = Record<string, unknown>;

/** Nested `levels` deep, built without recursion. */
export function nested(levels: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < levels; level++) {
    value = level % 2 === 0 ? [value] : { a: value };
  }
  return value;
}

const hostileString = fc.constantFrom(
  '',
  ' ',
  '..',
  '.',
  '/',
  '//',
  '/Shared/../Private',
  '/Shared/./x',
  '/Shared//x',
  '/Shared/x/',
  'a\u0000b',
  'line\nbreak',
  '\ud800',
  'x\udc00y',
  '\udfff\ud800',
  '%2e%2e',
  '%',
  '?x=1#y',
  'https://evil.example/',
  '__proto__',
  'constructor',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile string, meant literally
  '${process.exit()}',
  '<script>',
  '"; DROP TABLE users; --',
  'x'.repeat(70_000),
  '\u202e',
  '😀',
  '12408258604',
  'jsmith@company.com',
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(0, -1, 1.5, Number.MAX_SAFE_INTEGER, 2 ** 64, -0, 1e308, true, false, null, [], {}, [null], {
    '': 1,
  }),
  // 1,000 levels: far past every bound, and still serialisable by the client in a test worker.
  fc.constantFrom(nested(20), nested(70), nested(1000)),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.jsonValue({ maxDepth: 3 }),
);

function plausibleString(schema: Schema): fc.Arbitrary<unknown> {
  if (Array.isArray(schema.enum)) {
    return fc.constantFrom(...(schema.enum as unknown[]));
  }
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'date':
      return fc
        .date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2099-12-31') })
        .map((date) => date.toISOString().slice(0, 10));
    case 'date-time':
      return fc
        .date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2099-12-31') })
        .map((date) => date.toISOString());
    default:
  }
  if (typeof schema.pattern === 'string') {
    return fc.stringMatching(new RegExp(schema.pattern), { maxLength: 40 });
  }
  return fc.string({ maxLength: 30 });
}

/** Values that fit (mostly) a property schema; `depth` stops endless nesting. */
export function plausible(schema: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const s = schema as Schema;
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'integer':
      return fc.oneof(fc.integer({ min: 1, max: 2_000_000_000 }), fc.integer({ min: -5, max: 5 }));
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'string':
      return plausibleString(s);
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(plausible((s.items ?? {}) as JsonSchema, depth + 1), { maxLength: 3 });
    case 'object': {
      const properties = (s.properties ?? {}) as Record<string, JsonSchema>;
      if (depth > 3 || Object.keys(properties).length === 0) {
        return fc.constant({});
      }
      const shape = Object.fromEntries(
        Object.entries(properties).map(([name, child]) => [name, plausible(child, depth + 1)]),
      );
      return fc.record(shape, { requiredKeys: [] });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Sets a key as an own property, `__proto__` included (as JSON.parse would). */
function withKey(target: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Argument objects for one tool: a subset of its arguments, each plausible or hostile, plus stray keys. */
export function toolArguments(tool: ToolDefinition): fc.Arbitrary<Record<string, unknown>> {
  const properties = ((tool.inputSchema as Schema).properties ?? {}) as Record<string, JsonSchema>;
  const names = Object.keys(properties);
  const entry = fc
    .constantFrom(...(names.length > 0 ? names : ['none']))
    .chain((name) =>
      fc.tuple(
        fc.constant(name),
        fc.oneof({ weight: 4, arbitrary: plausible(properties[name] ?? {}) }, { weight: 1, arbitrary: hostileValue }),
      ),
    );
  const stray = fc.tuple(
    fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'extra', ''), fc.string({ maxLength: 8 })),
    hostileValue,
  );
  const required = ((tool.inputSchema as Schema).required ?? []) as string[];
  const requiredEntries = fc.tuple(
    ...required.map((name) => fc.tuple(fc.constant(name), plausible(properties[name] ?? {}))),
  );
  return fc
    .tuple(
      fc.boolean(),
      requiredEntries,
      fc.array(entry, { maxLength: names.length + 1 }),
      fc.option(stray, { freq: 4 }),
    )
    .map(([withRequired, requiredPairs, pairs, strayPair]) => {
      const args: Record<string, unknown> = {};
      for (const [name, value] of [...(withRequired ? requiredPairs : []), ...pairs]) {
        withKey(args, name, value);
      }
      if (strayPair) {
        withKey(args, strayPair[0], strayPair[1]);
      }
      return args;
    });
}
