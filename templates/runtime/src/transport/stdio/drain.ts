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
      write(chunk: Buffer | string, _encoding, done) {
        const text = chunk.toString();
        output.write(text, () => {
          for (const line of text.split('\n')) {
            const id = line.trim() === '' ? undefined : idsOf(line, false);
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
