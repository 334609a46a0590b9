// A byte fuse between the console's driver and Neo4j: a loopback TCP relay that counts what Neo4j sends after each
// request of the driver and cuts the connection once that passes a bound. The driver decodes a whole Bolt record in
// one synchronous step, so one 50 MB row froze the event loop for a minute; cut before it is complete, it never is.
import { createConnection, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface ByteFuse {
  /** bolt:// URI of the relay, for the console's driver. */
  uri: string;
  /** Connections cut so far for sending too much (a runner compares it before and after a run). */
  readonly blown: number;
  close(): Promise<void>;
}

/** Relays one client connection to Neo4j, cutting both sides when Neo4j sends more than `limit` bytes in a row. */
function relay(client: Socket, host: string, port: number, limit: number, onBlown: () => void): void {
  const upstream = createConnection({ host, port });
  let sinceRequest = 0;
  const cut = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('data', (chunk) => {
    sinceRequest = 0;
    upstream.write(chunk);
  });
  upstream.on('data', (chunk: Buffer) => {
    sinceRequest += chunk.length;
    if (sinceRequest > limit) {
      onBlown();
      return cut();
    }
    if (!client.write(chunk)) upstream.pause();
  });
  client.on('drain', () => upstream.resume());
  client.on('error', cut).on('close', cut);
  upstream.on('error', cut).on('close', cut);
}

/**
 * Starts a relay to the plain-Bolt address of `boltUri` (bolt://host:port) that cuts a connection once Neo4j sends
 * more than `limit` bytes without the driver asking again (one PULL's worth of records).
 */
export async function startByteFuse(boltUri: string, limit: number): Promise<ByteFuse> {
  const target = new URL(boltUri);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  const port = Number(target.port || 7687);
  let blown = 0;
  const server: Server = createServer((client) => relay(client, host, port, limit, () => (blown += 1)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref(); // the console's driver, closed with the app's, ends its connections; the relay never holds the process
  return {
    uri: `bolt://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get blown() {
      return blown;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** True when the relay can sit in front of this URI: plain Bolt to one server (no TLS to read through, no routing). */
export const canFuse = (uri: string): boolean => /^bolt:\/\//i.test(uri);
