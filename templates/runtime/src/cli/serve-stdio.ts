/**
 * `serve` over stdio, loaded by main.ts only for a stdio start (an HTTP start does not load the
 * stdio transport nor the frame guard).
 */
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import type { ServingScope, ToolRuntime } from '../calls/runtime.js';
import { createServer } from '../mcp/server.js';
import type { Logger } from '../ops/log.js';
import { guardFrames } from '../transport/stdio/frame-guard.js';
import { StdioLineTransport } from '../transport/stdio/line-transport.js';

/** Resolves when the client closes our stdin (the stdio binding's "exit promptly" rule). */
function untilStdinEnds(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.once('end', resolve);
    process.stdin.once('close', resolve);
  });
}

/** stdio for both protocol eras: the SDK's `serveStdio` pins each connection to the era its opening message speaks. */
export async function serveOverStdio(
  runtime: ToolRuntime,
  scope: ServingScope,
  options: { shutdownTimeoutMs: number; log: Logger; untilSignal: () => Promise<void> },
): Promise<void> {
  // The guard answers oversize, non-JSON and invalid frames itself; only sound messages reach the SDK.
  const frames = guardFrames(process.stdin, {
    reply: (message) => process.stdout.write(`${JSON.stringify(message)}\n`),
  });
  // The transport never sees stdin end (it would drop the answers still to come); we close it after the drain.
  const transport = new StdioLineTransport(frames, process.stdout);
  const handle = serveStdio(() => createServer(runtime, scope), { transport });
  await Promise.race([untilStdinEnds(), options.untilSignal()]);
  // Requests already read are still answered (the client may be waiting for them), up to the timeout.
  const inFlight = transport.inFlight();
  const finished = await transport.idle(options.shutdownTimeoutMs);
  if (inFlight > 0) {
    options.log.info(
      { in_flight: inFlight, finished },
      finished ? 'stdin ended; answered the requests in flight' : 'stdin ended; drain timed out',
    );
  }
  await handle.close();
}
