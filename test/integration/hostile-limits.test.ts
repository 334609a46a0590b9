// Request limits and headers on the real app: a body limit (413 problem), security headers from helmet, and CORS
// closed unless CORS_ORIGIN names an origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH } from '../../server/http/json-depth.js';
import { startTestServer, type TestServer } from '../_server.js';

const postCypher = (base: string, body: string) =>
  fetch(`${base}/api/cypher`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

describe('request limits and headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server?.close());

  it('when a body is larger than the limit, then the answer is a 413 problem naming the body', async () => {
    const res = await postCypher(server.baseUrl, JSON.stringify({ query: `RETURN '${'x'.repeat(200_000)}'` }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 413, field: 'body' });
  });

  it('when a body is not JSON, then the answer is a 400 problem naming the body', async () => {
    const res = await postCypher(server.baseUrl, '{"query": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 400, field: 'body' });
  });

  it('should send helmet security headers and no X-Powered-By', async () => {
    const res = await fetch(`${server.baseUrl}/api/health`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('when CORS_ORIGIN is not set, then no request from another origin gets an Access-Control-Allow-Origin', async () => {
    const origin = { Origin: 'https://elsewhere.example' };
    const get = await fetch(`${server.baseUrl}/api/health`, { headers: origin });
    const preflight = await fetch(`${server.baseUrl}/api/cypher`, {
      method: 'OPTIONS',
      headers: { ...origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
  });
});

describe('when CORS_ORIGIN names an origin', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ CORS_ORIGIN: 'https://explorer.example' });
  });
  afterAll(async () => server?.close());

  it('then the API allows exactly that origin, preflight included', async () => {
    const get = await fetch(`${server.baseUrl}/api/health`, { headers: { Origin: 'https://explorer.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    const preflight = await fetch(`${server.baseUrl}/api/cypher`, { method: 'OPTIONS', headers: { Origin: 'https://explorer.example' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });
});

describe('JSON nesting limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ CONSOLE_RATE_PER_MIN: '1000' });
  });
  afterAll(async () => server?.close());
  const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

  it('when a console parameter is nested deeper than the limit (Neo4j used to drop the Bolt connection: a false 503), then the answer is a 400 problem naming the body', async () => {
    const res = await postCypher(server.baseUrl, `{"query":"RETURN $p AS p","params":{"p":${nested(MAX_JSON_DEPTH)}}}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ status: 400, field: 'body' });
  });

  it('should run a console query whose body is nested exactly to the limit', async () => {
    const res = await postCypher(server.baseUrl, `{"query":"RETURN $p AS p","params":{"p":${nested(MAX_JSON_DEPTH - 2)}}}`);
    expect(res.status).toBe(200);
  });
});
