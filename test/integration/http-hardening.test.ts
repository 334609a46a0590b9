// The HTTP surface's smaller defences on the real server: host names (DNS rebinding), which proxy may name the
// client (the console's rate limit), and dates in order for /api/diff.
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { getJson, startTestServer, type TestServer } from '../_server.js';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** GET with an exact Host header (fetch would put the URL's own host there). */
function getWithHost(baseUrl: string, path: string, host: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { headers: { host } }, (res) => {
      let text = '';
      res
        .setEncoding('utf8')
        .on('data', (chunk: string) => {
          text += chunk;
        })
        .on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject).end();
  });
}

const consoleQuery = (baseUrl: string, forwardedFor: string) =>
  fetch(`${baseUrl}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: 'RETURN 1 AS one' }),
  });

describe('host names', () => {
  it('when a page on another domain reaches the loopback server by DNS rebinding, then it gets a 421 naming the Host field', async () => {
    server = await startTestServer({ HOST: '127.0.0.1' });
    const { port } = new URL(server.baseUrl);
    const rebound = await getWithHost(server.baseUrl, '/api/health', `attacker.example:${port}`);
    expect(rebound.status).toBe(421);
    expect(rebound.body).toMatchObject({ field: 'Host' });
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      expect((await getWithHost(server.baseUrl, '/api/health', host)).status).toBe(200);
    }
  });

  it('should answer to a name listed in ALLOWED_HOSTS', async () => {
    server = await startTestServer({ HOST: '127.0.0.1', ALLOWED_HOSTS: 'hulian.lan, Explorer.Example' });
    expect((await getWithHost(server.baseUrl, '/api/health', 'explorer.example')).status).toBe(200);
    expect((await getWithHost(server.baseUrl, '/api/health', 'other.example')).status).toBe(421);
  });
});

/** The status line's code for a raw HTTP/1.1 request with exactly these header lines. */
function rawStatus(baseUrl: string, headerLines: string[]): Promise<number> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(`GET /api/health HTTP/1.1\r\n${headerLines.join('\r\n')}\r\nConnection: close\r\n\r\n`),
    );
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString())).on('end', () => resolve(Number(text.split(' ')[1])));
    socket.on('error', reject);
  });
}

describe('strict Host headers', () => {
  it('when the Host header has junk after an IPv6 literal ("[::1]evil.example"), then it gets a 400 naming the Host field', async () => {
    server = await startTestServer({ HOST: '127.0.0.1' });
    const { port } = new URL(server.baseUrl);
    for (const host of ['[::1]evil.example', `[::1]:${port}x`, 'local host', `localhost:${port}:1`]) {
      const answer = await getWithHost(server.baseUrl, '/api/health', host);
      expect(answer.status, host).toBe(400);
      expect(answer.body).toMatchObject({ field: 'Host' });
    }
  });

  it('when a request carries two Host headers, then it is refused whichever comes first', async () => {
    server = await startTestServer({ HOST: '127.0.0.1' });
    const { port } = new URL(server.baseUrl);
    expect(await rawStatus(server.baseUrl, [`Host: localhost:${port}`])).toBe(200);
    expect(await rawStatus(server.baseUrl, [`Host: localhost:${port}`, 'Host: evil.example'])).toBe(400);
    expect(await rawStatus(server.baseUrl, ['Host: evil.example', `Host: localhost:${port}`])).toBe(400);
  });
});

describe("the console's per-client rate limit", () => {
  it('when no proxy is trusted, then a rotating X-Forwarded-For does not buy more queries', async () => {
    server = await startTestServer({ CONSOLE_RATE_PER_MIN: '3' });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await consoleQuery(server.baseUrl, `203.0.113.${i}`)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('when TRUST_PROXY names the proxy, then each forwarded client has its own allowance', async () => {
    server = await startTestServer({ CONSOLE_RATE_PER_MIN: '1', TRUST_PROXY: 'loopback' });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await consoleQuery(server.baseUrl, `203.0.113.${i}`)).status);
    statuses.push((await consoleQuery(server.baseUrl, '203.0.113.0')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('/api/diff', () => {
  it('when from is later than to, then it answers 400 naming the fields', async () => {
    server = await startTestServer();
    const { status, body } = await getJson(server.baseUrl, '/api/diff?from=2022-01-01&to=2019-06-30');
    expect(status).toBe(400);
    expect(body.field).toBe('from');
    expect(body.detail).toMatch(/`from`.*`to`/);
    expect((await getJson(server.baseUrl, '/api/diff?from=2019-06-30&to=2019-06-30')).status).toBe(200);
  });
});
