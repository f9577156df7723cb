/**
 * A recording HTTP relay for the compatibility matrix: it forwards every request to the server
 * unchanged and notes what went over the wire (JSON-RPC method, MCP-Protocol-Version header,
 * status), so a test can prove which protocol era a client really used.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Exchange {
  path: string;
  httpMethod: string;
  /** JSON-RPC methods of the body (one, or several for a batch). */
  rpcMethods: string[];
  protocolVersionHeader: string | null;
  /** `params.protocolVersion` of an initialize request. */
  initializeVersion?: string;
  status: number;
}

export interface Relay {
  url: string;
  exchanges: Exchange[];
  close(): Promise<void>;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function rpcOf(body: Buffer): { methods: string[]; initializeVersion?: string } {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as unknown;
    const messages = (Array.isArray(parsed) ? parsed : [parsed]) as Array<{
      method?: string;
      params?: { protocolVersion?: string };
    }>;
    const init = messages.find((message) => message.method === 'initialize');
    return {
      methods: messages.flatMap((message) => (message.method ? [message.method] : [])),
      initializeVersion: init?.params?.protocolVersion,
    };
  } catch {
    return { methods: [] };
  }
}

/** Listens on 127.0.0.1 (port 0) and relays to `target` (a base URL such as http://127.0.0.1:4321). */
export async function startRelay(target: string): Promise<Relay> {
  const exchanges: Exchange[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const body = await bodyOf(req);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (name === 'host' || name === 'content-length' || name === 'connection' || value === undefined) {
          continue;
        }
        headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && body.length > 0;
      const upstream = await fetch(new URL(req.url ?? '/', target), {
        method: req.method,
        headers,
        body: hasBody ? new Uint8Array(body) : undefined,
      });
      const rpc = rpcOf(body);
      exchanges.push({
        path: (req.url ?? '/').split('?')[0]!,
        httpMethod: req.method ?? 'GET',
        rpcMethods: rpc.methods,
        protocolVersionHeader: req.headers['mcp-protocol-version']?.toString() ?? null,
        initializeVersion: rpc.initializeVersion,
        status: upstream.status,
      });
      const outHeaders: Record<string, string> = {};
      upstream.headers.forEach((value, name) => {
        if (name !== 'content-length' && name !== 'transfer-encoding' && name !== 'connection') {
          outHeaders[name] = value;
        }
      });
      res.writeHead(upstream.status, outHeaders);
      if (upstream.body) {
        for await (const chunk of upstream.body) {
          res.write(chunk);
        }
      }
      res.end();
    })().catch(() => {
      if (!res.headersSent) {
        res.writeHead(502);
      }
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
