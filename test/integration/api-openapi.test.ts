// GET /api/openapi.json: an OpenAPI 3.1 document that lists every route and the parameters the server validates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestServer, type TestServer } from '../_server.js';

let server: TestServer;
beforeAll(async () => { server = await startTestServer(); });
afterAll(async () => server?.close());

describe('GET /api/openapi.json', () => {
  it('should describe every endpoint of docs/api.md as OpenAPI 3.1', async () => {
    const { status, body } = await getJson(server.baseUrl, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const documented = Object.entries(body.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`));
    for (const endpoint of ['GET /api/graph', 'GET /api/timeline', 'GET /api/diff', 'GET /api/nodes', 'GET /api/nodes/{id}', 'GET /api/nodes/{id}/neighbors',
      'GET /api/paths', 'GET /api/paths/earliest', 'GET /api/stats', 'GET /api/queries', 'POST /api/cypher']) expect(documented).toContain(endpoint);
  });

  it('should match what the server validates: each documented integer range and pattern is enforced', async () => {
    const { body } = await getJson(server.baseUrl, '/api/openapi.json');
    const params = body.paths['/api/paths'].get.parameters as { name: string; required: boolean; schema: { maximum?: number; pattern?: string } }[];
    expect(params.filter((p) => p.required).map((p) => p.name).sort()).toEqual(['at', 'from', 'to']);
    const maxHops = params.find((p) => p.name === 'maxHops')!;
    expect(new RegExp(maxHops.schema.pattern!).test('6')).toBe(true);
    expect(new RegExp(maxHops.schema.pattern!).test('six')).toBe(false);
    const over = await getJson(server.baseUrl, '/api/paths?from=taobao&to=wechat&at=2022-01-01&maxHops=7');
    expect(over.body.field).toBe('maxHops');
    const at = params.find((p) => p.name === 'at')!;
    expect(new RegExp(at.schema.pattern!).test('2022-01-01')).toBe(true);
    expect(new RegExp(at.schema.pattern!).test('2022-1-1')).toBe(false);
    expect(body.paths['/api/cypher'].post.requestBody.content['application/json'].schema.required).toContain('query');
  });
});
