/**
 * Reading a request body with a size limit, transport-independent (any Node IncomingMessage). Past
 * the limit the rest of the body is still read and thrown away, so the client finishes sending and
 * reads the 413: stopping mid-body (or breaking out of `for await`, which destroys the socket) makes
 * a client that is still writing fail with EPIPE instead. The discarded part is bounded too.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkMessage, INVALID_PARAMS, INVALID_REQUEST, PARSE_ERROR } from '../jsonrpc-frames.js';
import { sendJson } from './guards.js';

export const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** How much of an oversize body is drained before the connection is simply closed. */
const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;

export type BodyRead = { ok: true; text: string } | { ok: false; tooLarge: true; drained: boolean };

export function readLimitedBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<BodyRead> {
  // A declared length over the limit is refused before a byte is read. Node discards the unread
  // body after the answer (so a client still writing reads the 413); a huge one closes the connection.
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    return Promise.resolve({ ok: false, tooLarge: true, drained: declared <= maxBytes + MAX_DISCARDED_BYTES });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
      } else if (size > maxBytes + MAX_DISCARDED_BYTES) {
        req.removeAllListeners('data');
        req.pause();
        resolve({ ok: false, tooLarge: true, drained: false });
      } else {
        chunks.length = 0;
      }
    });
    req.once('end', () =>
      resolve(
        size > maxBytes
          ? { ok: false, tooLarge: true, drained: true }
          : { ok: true, text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    req.once('error', reject);
  });
}

export type ParsedBody =
  | { ok: true; body: unknown }
  | { ok: false; status: number; code: number; message: string; id?: string | number | null; close?: boolean };

/** The body as one JSON-RPC message (or batch); a refusal says -32700, -32600 or 413. */
export async function readJsonBody(req: IncomingMessage): Promise<ParsedBody> {
  const read = await readLimitedBody(req);
  if (!read.ok) {
    return { ok: false, status: 413, code: INVALID_REQUEST, message: 'Request body too large', close: !read.drained };
  }
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    return { ok: false, status: 400, code: PARSE_ERROR, message: 'Parse error: the body is not valid JSON' };
  }
  const version = req.headers['mcp-protocol-version'];
  const checked = checkMessage(body, true, typeof version === 'string' && version >= '2026');
  if (checked.ok) {
    return { ok: true, body };
  }
  // -32602 answers a readable request (with its id), as the SDK answers one: 200, not 400.
  const { error, id } = checked.reply;
  return { ok: false, status: error.code === INVALID_PARAMS ? 200 : 400, code: error.code, message: error.message, id };
}

export function refuseBody(res: ServerResponse, parsed: Extract<ParsedBody, { ok: false }>): void {
  const body = { jsonrpc: '2.0', error: { code: parsed.code, message: parsed.message }, id: parsed.id ?? null };
  sendJson(res, parsed.status, body, parsed.close ? { connection: 'close' } : {});
  if (parsed.close) {
    res.once('finish', () => res.socket?.destroy());
  }
}
