/**
 * Graceful end of a stdio session: when stdin ends (or SIGTERM comes), requests already read are
 * still answered, up to MCP_SHUTDOWN_TIMEOUT_MS. The tracker sits on both streams: ids of requests
 * read from the client, minus ids of the answers written back.
 */
import { Transform, Writable } from 'node:stream';

function idsOf(line: string, wantRequest: boolean): string | undefined {
  try {
    const message = JSON.parse(line) as { id?: unknown; method?: unknown };
    if (message === null || typeof message !== 'object' || message.id === undefined || message.id === null) {
      return undefined;
    }
    const isRequest = typeof message.method === 'string';
    return isRequest === wantRequest ? JSON.stringify(message.id) : undefined;
  } catch {
    return undefined;
  }
}

// The SDK writes a result as `{"result":…,"jsonrpc":"2.0","id":<id>}`. Outside a JSON string `"id":`
// can only be a key, and a number or string just before the last `}` is a member of the top-level
// object, so the id is read off the tail without parsing the whole answer (a list page is 100 kB+).
const RESULT_TAIL = /,"id":(-?\d+|"(?:[^"\\]|\\.)*")\}$/;

/** The id of an answer as idsOf spells it, or undefined when the line is not one. */
function answerId(line: string): string | undefined {
  if (line.startsWith('{"result":')) {
    const tail = RESULT_TAIL.exec(line.slice(-300));
    if (tail?.[1] !== undefined) {
      return tail[1].startsWith('"') ? JSON.stringify(JSON.parse(tail[1])) : String(Number(tail[1]));
    }
  }
  return idsOf(line, false);
}

export function createStdioTracker(output: NodeJS.WritableStream) {
  const pending = new Set<string>();
  let onIdle: (() => void) | undefined;
  const settle = () => {
    if (pending.size === 0) {
      onIdle?.();
    }
  };
  return {
    /** Put between the frame guard and the transport: every accepted line passes through. */
    inbound: new Transform({
      transform(chunk: Buffer | string, _encoding, done) {
        const id = idsOf(chunk.toString(), true);
        if (id !== undefined) {
          pending.add(id);
        }
        done(null, chunk);
      },
    }),
    /** The transport's output: lines go on to `output`; an answer settles its request. */
    outbound: new Writable({
      // Strings go on as the SDK wrote them: no copy to a Buffer and back.
      decodeStrings: false,
      write(chunk: Buffer | string, _encoding, done) {
        const text = typeof chunk === 'string' ? chunk : chunk.toString();
        output.write(text, () => {
          for (const line of text.split('\n')) {
            const id = line === '' ? undefined : answerId(line.trim());
            if (id !== undefined) {
              pending.delete(id);
            }
          }
          settle();
          done();
        });
      },
    }),
    inFlight: () => pending.size,
    /** Resolves true when every request read so far is answered, false at the timeout. */
    async idle(timeoutMs: number): Promise<boolean> {
      if (pending.size === 0) {
        return true;
      }
      let timer: NodeJS.Timeout | undefined;
      const done = await new Promise<boolean>((resolve) => {
        onIdle = () => resolve(true);
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      clearTimeout(timer);
      return done;
    },
  };
}
