// /api/timeline's body is built once per data version and sent compressed (gzip or brotli) with its ETag; a write to the
// database makes the next request build it again. Real Neo4j, real server.
import { randomUUID } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineBody } from '../../server/services/timeline-body.js';
import { startTestServer, type TestServer } from '../_server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  // As at start-up (warm-up.ts): the first body is built before requests come, so none waits on a cold layout.
  await timelineBody(server.db);
}, 180_000);
afterAll(async () => server?.close());

/** A raw GET (fetch would decode the body itself): status, headers and the bytes as sent. */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.baseUrl}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('GET /api/timeline body', () => {
  it('should send the same JSON as gzip, as brotli and uncompressed, each with the ETag of the data version', async () => {
    const plain = await rawGet('/api/timeline', { 'accept-encoding': 'identity' });
    const gz = await rawGet('/api/timeline', { 'accept-encoding': 'gzip' });
    const br = await rawGet('/api/timeline', { 'accept-encoding': 'gzip, br' });
    expect([plain.status, gz.status, br.status]).toEqual([200, 200, 200]);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(br.headers['content-encoding']).toBe('br');
    expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    expect(JSON.parse(plain.bytes.toString()).nodes.length).toBeGreaterThan(0);
    expect(gz.headers.etag).toBe(plain.headers.etag);
    expect(gz.headers.vary).toMatch(/accept-encoding/i);
  });

  it('should build the body once while the data is unchanged, on Neo4j Community too (no last transaction reported)', async () => {
    const first = await timelineBody(server.db);
    expect(await timelineBody(server.db)).toBe(first);
  });

  it('when the client holds the current ETag, then it answers 304 without a body', async () => {
    const first = await rawGet('/api/timeline', { 'accept-encoding': 'gzip' });
    const again = await rawGet('/api/timeline', { 'accept-encoding': 'gzip', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
  });

  it('when an entity is written, then the next body holds it, and after its removal no longer does', async () => {
    const id = `timeline-body-probe-${randomUUID()}`;
    const ids = async () => (JSON.parse((await rawGet('/api/timeline', {})).bytes.toString()).nodes as { id: string }[]).map((n) => n.id);
    const before = await rawGet('/api/timeline', {});
    expect(await ids()).not.toContain(id);
    await server.db.withSession('WRITE', (s) => s.run("CREATE (:Entity {id: $id, name: 'Probe', kind: 'Company'})", { id }));
    try {
      const after = await rawGet('/api/timeline', {});
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(await ids()).toContain(id);
    } finally {
      await server.db.withSession('WRITE', (s) => s.run('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id }));
    }
    expect(await ids()).not.toContain(id);
  });
});
