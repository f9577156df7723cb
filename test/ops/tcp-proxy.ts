/**
 * A TCP proxy the test controls, standing between the server and PostgreSQL: `forward` (normal),
 * `closed` (new and existing connections are reset: the database is down) or `blackhole`
 * (connections are accepted and kept open but nothing is forwarded either way: a partition).
 */
import net from 'node:net';

export type ProxyMode = 'forward' | 'closed' | 'blackhole';

export interface TcpProxy {
  port: number;
  mode(next: ProxyMode): void;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: ProxyMode = 'forward';
  const pairs = new Set<{ client: net.Socket; upstream?: net.Socket }>();
  const server = net.createServer((client) => {
    const pair: { client: net.Socket; upstream?: net.Socket } = { client };
    pairs.add(pair);
    client.on('error', () => undefined);
    client.once('close', () => {
      pair.upstream?.destroy();
      pairs.delete(pair);
    });
    if (mode === 'closed') {
      return void client.resetAndDestroy();
    }
    if (mode === 'blackhole') {
      return; // accepted, never answered
    }
    const upstream = net.connect(target.port, target.host);
    pair.upstream = upstream;
    upstream.on('error', () => client.destroy());
    upstream.once('close', () => client.destroy());
    // Data moves only while forwarding: a partition swallows it in both directions.
    client.on('data', (chunk) => mode === 'forward' && upstream.write(chunk));
    upstream.on('data', (chunk) => mode === 'forward' && client.write(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as net.AddressInfo).port,
    mode(next) {
      mode = next;
      if (next === 'closed') {
        for (const pair of pairs) {
          pair.client.resetAndDestroy();
        }
      }
    },
    async close() {
      for (const pair of pairs) {
        pair.client.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
