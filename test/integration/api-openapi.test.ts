// GET /api/openapi.json: an OpenAPI 3.1 document that lists every route and the parameters the server validates,
// and whose answers (the contract's schemas) are what the server really sends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responses, type Endpoint } from '../../contract/responses.js';
import { Problem } from '../../contract/shapes.js';
import { getJson, startTestServer, type TestServer } from '../_server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('GET /api/openapi.json', () => {
  it('should describe every endpoint of docs/api.md as OpenAPI 3.1', async () => {
    const { status, body } = await getJson(server.baseUrl, '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    const documented = Object.entries(body.paths).flatMap(([path, ops]) =>
      Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const endpoint of [
      'GET /api/graph',
      'GET /api/timeline',
      'GET /api/diff',
      'GET /api/nodes',
      'GET /api/nodes/{id}',
      'GET /api/nodes/{id}/neighbors',
      'GET /api/paths',
      'GET /api/paths/earliest',
      'GET /api/stats',
      'GET /api/queries',
      'POST /api/cypher',
    ])
      expect(documented).toContain(endpoint);
  });

  it('should match what the server validates: each documented integer range and pattern is enforced', async () => {
    const { body } = await getJson(server.baseUrl, '/api/openapi.json');
    const params = body.paths['/api/paths'].get.parameters as {
      name: string;
      required: boolean;
      schema: { maximum?: number; pattern?: string };
    }[];
    expect(
      params
        .filter((p) => p.required)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['at', 'from', 'to']);
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

  it("should document answers the server really sends: each endpoint's body parses against its contract schema", async () => {
    const calls: [Endpoint, string, RequestInit?][] = [
      ['health', '/api/health'],
      ['ready', '/api/ready'],
      ['graph', '/api/graph?at=2021-09-17&include=all'],
      ['timeline', '/api/timeline'],
      ['diff', '/api/diff?from=2015-01-01&to=2022-01-01'],
      ['search', '/api/nodes?q=tao'],
      ['node', '/api/nodes/taobao'],
      ['neighbors', '/api/nodes/taobao/neighbors?at=2022-01-01&depth=2'],
      ['paths', '/api/paths?from=taobao&to=wechat&at=2022-01-01'],
      ['earliest', '/api/paths/earliest?from=taobao&to=wechat-pay'],
      ['stats', '/api/stats'],
      ['queries', '/api/queries'],
      [
        'cypher',
        '/api/cypher',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'MATCH (a:Entity {id: "taobao"})<-[o:OWNS]-(b) RETURN a, o, b' }),
        },
      ],
    ];
    for (const [endpoint, path, init] of calls) {
      const { status, body } = await getJson(server.baseUrl, path, init);
      expect(status, path).toBe(200);
      expect(responses[endpoint].safeParse(body).error, path).toBeUndefined();
    }
    const problem = await getJson(server.baseUrl, '/api/graph?at=2021-02-30');
    expect(Problem.safeParse(problem.body).error).toBeUndefined();
  });
});
