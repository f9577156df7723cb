/**
 * Malformed JSON-RPC frames, generated with fast-check from a fixed seed, each with the error code
 * JSON-RPC 2.0 prescribes: -32700 when the bytes are not JSON, -32600 when the JSON is not a message.
 * The SDK's own message schema is the oracle for "a message"; generated frames that happen to be
 * valid messages are left out.
 */
import { JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import fc from 'fast-check';
import { deepJson } from './hostile-upstream.js';

export interface Frame {
  bytes: Buffer;
  code: -32700 | -32600;
}

const notJson = fc.oneof(
  fc.string({ minLength: 1, maxLength: 80 }),
  fc.constantFrom(
    '{',
    '[',
    '{"jsonrpc":"2.0",',
    '{"jsonrpc":"2.0","id":1,"method":"ping"',
    "{'a':1}",
    'NaN',
    'undefined',
    '{"a":1}}',
    '01',
    '.5',
    '"unterminated',
  ),
  fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value).slice(0, -1)),
);

const notAMessage = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc
    .record({ jsonrpc: fc.constantFrom('1.0', '2', 2, null), id: fc.integer(), method: fc.constant('ping') })
    .map((v) => JSON.stringify(v)),
  fc
    .record({
      jsonrpc: fc.constant('2.0'),
      id: fc.integer(),
      method: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.object()),
    })
    .map((v) => JSON.stringify(v)),
  fc
    .record({
      jsonrpc: fc.constant('2.0'),
      id: fc.oneof(fc.boolean(), fc.double({ min: 0.1, max: 0.9 }), fc.object(), fc.array(fc.integer())),
      method: fc.constant('ping'),
    })
    .map((v) => JSON.stringify(v)),
  fc
    .record({
      jsonrpc: fc.constant('2.0'),
      id: fc.integer(),
      method: fc.constant('tools/list'),
      params: fc.oneof(fc.string(), fc.integer(), fc.array(fc.integer())),
    })
    .map((v) => JSON.stringify(v)),
  fc.constantFrom(
    `{"jsonrpc":"2.0","id":1,"method":"ping","params":${deepJson(5000)}}`.replace('"params":{', '"params":['),
    `[${deepJson(5000)}]`,
    '[]',
    '{}',
    'null',
    '"ping"',
  ),
);

const isMessage = (text: string): boolean => {
  try {
    return JSONRPCMessageSchema.safeParse(JSON.parse(text)).success;
  } catch {
    return false;
  }
};

/** The code a frame's text must get: how the server decodes it (UTF-8, replacement characters) decides. */
function codeOf(text: string): -32700 | -32600 {
  try {
    JSON.parse(text);
    return -32600;
  } catch {
    return -32700;
  }
}

/**
 * `count` frames without a newline inside (stdio frames are lines) and never blank. `allowArrays`
 * false leaves out JSON arrays (a batch over HTTP is a separate case with its own answers).
 */
export function malformedFrames(count: number, seed: number, allowArrays = true): Frame[] {
  const texts = fc.sample(fc.oneof(notJson, notAMessage), { numRuns: count * 3, seed });
  const frames: Frame[] = [];
  for (const raw of texts) {
    const text = raw.replace(/[\r\n]/g, ' ');
    if (text.trim() === '' || isMessage(text)) {
      continue;
    }
    if (!allowArrays && text.trimStart().startsWith('[')) {
      continue;
    }
    frames.push({ bytes: Buffer.from(text, 'utf8'), code: codeOf(text) });
    if (frames.length === count) {
      break;
    }
  }
  // Invalid UTF-8 on its own, and inside a JSON string (decoded with replacement characters: valid JSON).
  frames.push({ bytes: Buffer.from([0xff, 0xfe, 0x7b, 0xc3]), code: -32700 });
  frames.push({
    bytes: Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xc0]), Buffer.from('"}')]),
    code: -32600,
  });
  return frames;
}
