/**
 * Legacy HTTP+SSE transport (2024-11-05, deprecated by the 2026-07-28 spec) for older clients:
 * `GET /sse` opens a session stream, and `POST /messages?sessionId=` carries the client's messages.
 * Served through `sse-transport.ts` (the SDK's frozen legacy copy, rewritten without its Express
 * peer), in the initialize era only. Sessions live in the server instance that owns this registry,
 * never in module state.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server } from '@modelcontextprotocol/server';
import { sendRpcError } from './guards.js';
import { SseServerTransport } from './sse-transport.js';

interface Session {
  transport: SseServerTransport;
  server: Server;
  /** Whether the messages of this session must carry an API token (as the stream request did). */
  needsApiToken: boolean;
}

export interface SseSessions {
  open(res: ServerResponse, server: Server, needsApiToken: boolean): Promise<void>;
  /** The session a POST belongs to, for its access checks; undefined when unknown. */
  find(sessionId: string): { needsApiToken: boolean } | undefined;
  post(sessionId: string, req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void>;
  closeAll(): Promise<void>;
}

export function createSseSessions(messagesPath: string): SseSessions {
  const sessions = new Map<string, Session>();
  return {
    async open(res, server, needsApiToken) {
      const transport = new SseServerTransport(messagesPath, res);
      sessions.set(transport.sessionId, { transport, server, needsApiToken });
      res.on('close', () => {
        sessions.delete(transport.sessionId);
        void server.close();
      });
      await server.connect(transport);
    },
    find(sessionId) {
      return sessions.get(sessionId);
    },
    async post(sessionId, req, res, body) {
      const session = sessions.get(sessionId);
      if (!session) {
        return sendRpcError(res, 404, -32001, 'Session not found');
      }
      await session.transport.handlePostMessage(req, res, body);
    },
    async closeAll() {
      const open = [...sessions.values()];
      sessions.clear();
      await Promise.all(open.map((session) => session.server.close()));
    },
  };
}
