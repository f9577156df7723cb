/**
 * The JSON-RPC checks of jsonrpc-frames.ts for a transport that carries parsed messages (in-memory,
 * or any custom one): a wrapper that answers a refused message itself and hands the rest on.
 * stdio and HTTP apply the same checks to their frames and bodies before parsing reaches the SDK.
 */
import type { JSONRPCMessage, Transport } from '@modelcontextprotocol/server';
import { checkMessage } from './jsonrpc-frames.js';

export function guardMessages(inner: Transport): Transport {
  const guarded: Transport = {
    start: () => inner.start(),
    send: (message, options) => inner.send(message, options),
    close: () => inner.close(),
    setProtocolVersion: inner.setProtocolVersion?.bind(inner),
    setSupportedProtocolVersions: inner.setSupportedProtocolVersions?.bind(inner),
  };
  inner.onclose = () => guarded.onclose?.();
  inner.onerror = (error) => guarded.onerror?.(error);
  inner.onmessage = (message, extra) => {
    const checked = checkMessage(message);
    if (checked.ok) {
      guarded.onmessage?.(message, extra);
    } else {
      void inner.send(checked.reply as unknown as JSONRPCMessage);
    }
  };
  return guarded;
}
