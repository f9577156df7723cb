/**
 * What JSON-RPC 2.0 requires for a message that cannot be handled: -32700 when it is not JSON,
 * -32600 when it is JSON but not a valid message, both with id null. Transport-independent: stdio
 * checks every line with it and HTTP every body, before the SDK sees them (the SDK drops such
 * stdio lines without an answer).
 */
import { JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import { isPlainObject } from './json-path.js';

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;

export interface RpcErrorMessage {
  jsonrpc: '2.0';
  id: null;
  error: { code: number; message: string };
}

export type FrameCheck = { ok: true; message: unknown } | { ok: false; reply: RpcErrorMessage };

export function rpcError(code: number, message: string): RpcErrorMessage {
  return { jsonrpc: '2.0', id: null, error: { code, message } };
}

/** Why a parsed value is not a JSON-RPC message, in the words of the specification. */
function invalidReason(value: unknown): string {
  if (Array.isArray(value)) return 'batches are not supported; send one message per frame';
  if (!isPlainObject(value)) return 'a message must be a JSON object';
  if (value.jsonrpc !== '2.0') return 'jsonrpc must be exactly "2.0"';
  if ('method' in value && typeof value.method !== 'string') return 'method must be a string';
  if ('id' in value && !(typeof value.id === 'string' || Number.isInteger(value.id))) return 'id must be a string or an integer';
  if ('params' in value && !isPlainObject(value.params)) return 'params must be an object';
  return 'not a valid request, notification or response';
}

const isMessage = (value: unknown): boolean => !Array.isArray(value) && JSONRPCMessageSchema.safeParse(value).success;

/** Checks a parsed message; `allowBatch` for transports whose SDK layer takes arrays (HTTP). */
export function checkMessage(value: unknown, allowBatch = false): FrameCheck {
  if (isMessage(value)) return { ok: true, message: value };
  if (allowBatch && Array.isArray(value) && value.length > 0) {
    const bad = value.find((item) => !isMessage(item));
    if (bad === undefined) return { ok: true, message: value };
    return { ok: false, reply: rpcError(INVALID_REQUEST, `Invalid Request: in the batch, ${invalidReason(bad)}`) };
  }
  return { ok: false, reply: rpcError(INVALID_REQUEST, `Invalid Request: ${invalidReason(value)}`) };
}

/** Parses and checks one frame of text. */
export function checkFrame(text: string): FrameCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reply: rpcError(PARSE_ERROR, 'Parse error: the frame is not valid JSON') };
  }
  return checkMessage(value);
}
