// One response per request: when the request deadline answers before the route (a console query that runs past it),
// the client gets exactly one response and the route's late answer is dropped, with no ERR_HTTP_HEADERS_SENT logged.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findFreePort } from '../../server/neo4j-process/free-port.js';
import { spawnServer, type SpawnedServer } from '../_spawn-server.js';

/** Long enough that the query ends by itself and the route answers 200 (late), as in the reported case. */
const QUERY_TIMEOUT_MS = 20_000;
const DEADLINE_MS = 200;
/** Ten million rows (as large as the console's range bounds allow): runs well past the deadline, and ends by itself. */
const SLOW_BODY = JSON.stringify({ query: 'UNWIND range(1, 1000000) AS a UNWIND range(1, 10) AS b RETURN sum(a * b) AS total' });

/** Sends one raw HTTP/1.1 request and collects every byte the server sends until it closes the connection or `listenMs` passes. */
function rawExchange(port: number, request: string, listenMs: number): Promise<{ text: string; firstByteMs: number; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let text = '';
    let firstByteMs = -1;
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, firstByteMs, closed });
    };
    const timer = setTimeout(() => finish(false), listenMs);
    socket.on('data', (chunk) => {
      if (firstByteMs < 0) firstByteMs = Date.now() - started;
      text += chunk.toString('latin1');
    });
    socket.on('close', () => finish(true));
    socket.on('error', reject);
  });
}

describe('when the request deadline answers before the route', () => {
  let server: SpawnedServer;
  let port: number;
  beforeAll(async () => {
    const neo4j = inject('neo4j');
    port = await findFreePort();
    server = spawnServer({
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      PORT: String(port),
      QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
      REQUEST_DEADLINE_MS: String(DEADLINE_MS),
      LOG_LEVEL: 'debug',
    });
    await server.waitFor(/explorer ready at/, 60_000);
    await server.waitFor(/database is ready in/, 60_000);
  });
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  it('then the client gets exactly one response (the 504) and the server logs no ERR_HTTP_HEADERS_SENT when the route answers later', async () => {
    const request = `POST /api/cypher HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(SLOW_BODY)}\r\n\r\n${SLOW_BODY}`;
    const exchange = await rawExchange(port, request, 3_000);
    // Wait for the route's own, late answer: dropped (debug log) or, without the fix, failing with ERR_HTTP_HEADERS_SENT.
    await server.waitFor(/a later write was dropped|ERR_HTTP_HEADERS_SENT/, QUERY_TIMEOUT_MS + 5_000);

    const statusLines = exchange.text.match(/^HTTP\/1\.1 \d{3}/gm) ?? [];
    expect(statusLines).toEqual(['HTTP/1.1 504']);
    expect(exchange.text).toMatch(/"reason":"deadline"/);
    expect(exchange.firstByteMs).toBeLessThan(2_000);
    expect(exchange.closed).toBe(true);
    expect(server.output()).not.toMatch(/ERR_HTTP_HEADERS_SENT|headers after they are sent/);
    expect(server.output()).not.toMatch(/"level":50/);
  }, 60_000);
});
