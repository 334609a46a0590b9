// Test helper: a TCP pass-through to the real Neo4j that can be switched off and on, so the e2e suite
// can make Neo4j really unreachable for the server (and bring it back) without touching the database.
import net from 'node:net';

export interface TcpSwitch {
  port: number;
  off(): void;
  on(): void;
  close(): Promise<void>;
}

/** Listens on a free local port and forwards to `host:port` while switched on. */
export async function startTcpSwitch(host: string, port: number): Promise<TcpSwitch> {
  let enabled = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!enabled) {
      client.destroy();
      return;
    }
    const upstream = net.connect(port, host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    off() {
      enabled = false;
      sockets.forEach((s) => s.destroy());
    },
    on() {
      enabled = true;
    },
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}
