/**
 * A guard between stdin and the stdio transport. It splits the input into lines itself, so that:
 * a line over the frame limit is refused with an error as soon as it passes the limit and its
 * remaining bytes are skipped, never buffered (the SDK would close the transport and the process
 * would exit, losing calls in flight); and a line that is not JSON, or not a JSON-RPC message, is
 * answered with -32700 / -32600 and id null instead of being dropped in silence.
 */
import { type Readable, Transform } from 'node:stream';
import { checkFrame, INVALID_REQUEST, type RpcErrorMessage, rpcError } from '../jsonrpc-frames.js';

export const MAX_FRAME_BYTES = 10 * 1024 * 1024;
const NEWLINE = 0x0a;

export interface FrameGuardOptions {
  maxFrameBytes?: number;
  /** Writes an error answer (the transport's own output stream, one JSON line). */
  reply(message: RpcErrorMessage): void;
}

/** Returns the stream of accepted messages read from `input`, each parsed once (object mode). */
export function guardFrames(input: Readable, options: FrameGuardOptions): Readable {
  const limit = options.maxFrameBytes ?? MAX_FRAME_BYTES;
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;

  const tooLarge = () =>
    options.reply(
      rpcError(INVALID_REQUEST, `Invalid Request: the frame is larger than ${limit} bytes; it was skipped`),
    );

  const guard: Transform = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      let start = 0;
      while (start <= chunk.length) {
        const end = chunk.indexOf(NEWLINE, start);
        const piece = chunk.subarray(start, end < 0 ? chunk.length : end);
        if (!skipping && size + piece.length > limit) {
          skipping = true;
          parts = [];
          size = 0;
          tooLarge();
        }
        if (!skipping && piece.length > 0) {
          parts.push(piece);
          size += piece.length;
        }
        if (end < 0) {
          break;
        }
        if (!skipping) {
          pushLine(Buffer.concat(parts, size));
        }
        skipping = false;
        parts = [];
        size = 0;
        start = end + 1;
      }
      done();
    },
  });

  function pushLine(line: Buffer): void {
    const text = line.toString('utf8').replace(/\r$/, '');
    if (text.trim() === '') {
      return;
    }
    const checked = checkFrame(text);
    if (checked.ok) {
      guard.push(checked.message);
    } else {
      options.reply(checked.reply);
    }
  }
  return input.pipe(guard);
}
