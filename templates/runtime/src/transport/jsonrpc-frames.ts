/**
 * What JSON-RPC 2.0 requires for a message that cannot be handled: -32700 when it is not JSON,
 * -32600 when it is JSON but not a valid message, both with id null. Transport-independent: stdio
 * checks every line with it and HTTP every body, before the SDK sees them (the SDK drops such
 * stdio lines without an answer).
 */
import { isJSONRPCNotification, isJSONRPCRequest, isJSONRPCResponse } from '@modelcontextprotocol/server';
import { callArgumentsProblem, MAX_MESSAGE_DEPTH } from '../calls/precheck.js';
import { exceedsDepth } from '../data/json-limits.js';
import { isPlainObject } from '../data/json-path.js';
import { paramsProblem } from './protocol-params.js';

export const PARSE_ERROR = -32700;
export const INVALID_REQUEST = -32600;
export const INVALID_PARAMS = -32602;

export interface RpcErrorMessage {
  jsonrpc: '2.0';
  /** null when the message could not be read as a request; the request's id for -32602. */
  id: string | number | null;
  error: { code: number; message: string };
}

export type FrameCheck = { ok: true; message: unknown } | { ok: false; reply: RpcErrorMessage };

export function rpcError(code: number, message: string, id: string | number | null = null): RpcErrorMessage {
  return { jsonrpc: '2.0', id, error: { code, message } };
}

/** Why a parsed value is not a JSON-RPC message, in the words of the specification. */
function invalidReason(value: unknown): string {
  if (Array.isArray(value)) {
    return 'batches are not supported; send one message per frame';
  }
  if (!isPlainObject(value)) {
    return 'a message must be a JSON object';
  }
  if (value.jsonrpc !== '2.0') {
    return 'jsonrpc must be exactly "2.0"';
  }
  if ('method' in value && typeof value.method !== 'string') {
    return 'method must be a string';
  }
  if ('id' in value && !(typeof value.id === 'string' || Number.isInteger(value.id))) {
    return 'id must be a string or an integer';
  }
  if ('params' in value && !isPlainObject(value.params)) {
    return 'params must be an object';
  }
  return 'not a valid request, notification or response';
}

const isMessage = (value: unknown): boolean =>
  !Array.isArray(value) && (isJSONRPCRequest(value) || isJSONRPCNotification(value) || isJSONRPCResponse(value));

/** Checks a parsed message; `allowBatch` for transports whose SDK layer takes arrays (HTTP). */
/** `modernEra`: the request names a 2026 revision, where `initialize` is a removed method (the SDK answers it). */
export function checkMessage(value: unknown, allowBatch = false, modernEra = false): FrameCheck {
  const tooDeep = exceedsDepth(value, MAX_MESSAGE_DEPTH);
  if (isMessage(value)) {
    // Deep arguments are named as such (-32602 with the id); a message deep anywhere else is -32600.
    const problem = callArgumentsProblem(value as Record<string, unknown>);
    const request = value as { id?: string | number; method?: unknown; params?: unknown };
    const badParams =
      isJSONRPCRequest(value) && typeof request.method === 'string'
        ? paramsProblem(request.method, request.params, modernEra)
        : undefined;
    if (problem === undefined && badParams === undefined && !tooDeep) {
      return { ok: true, message: value };
    }
    const id = request.id ?? null;
    if (problem !== undefined) {
      return { ok: false, reply: rpcError(INVALID_PARAMS, `Invalid arguments: ${problem}.`, id) };
    }
    if (badParams !== undefined) {
      return { ok: false, reply: rpcError(INVALID_PARAMS, `Invalid params: ${badParams}.`, id) };
    }
  }
  if (tooDeep) {
    return {
      ok: false,
      reply: rpcError(INVALID_REQUEST, `Invalid Request: the message nests more than ${MAX_MESSAGE_DEPTH} levels deep`),
    };
  }
  if (allowBatch && Array.isArray(value) && value.length > 0) {
    for (const item of value) {
      const check = Array.isArray(item) ? checkMessage(item) : checkMessage(item, false, modernEra);
      if (!check.ok) {
        return check.reply.error.code === INVALID_PARAMS
          ? check
          : {
              ok: false,
              reply: rpcError(
                INVALID_REQUEST,
                check.reply.error.message.replace('Invalid Request: ', 'Invalid Request: in the batch, '),
              ),
            };
      }
    }
    return { ok: true, message: value };
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
