// Issue 23's payloads against the real app and a real Neo4j: list products over collected lists, errors quoting
// megabytes, argument errors, giant rows and deep nesting each get a clear, small 4xx, and the console stays usable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issue23Attacks, post } from '../../scripts/console-attack.js';
import { startTestServer, type TestServer } from '../_server.js';

/** Largest body any of these answers may have: a problem document, never a quoted value. */
const MAX_PROBLEM_BYTES = 4_096;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ CONSOLE_RATE_PER_MIN: '1000', CONSOLE_CPU_SHARE: '1' });
});
afterAll(async () => server?.close());

describe('console resource abuse (issue 23)', () => {
  it.each(issue23Attacks().map((attack) => [attack.name, attack] as const))(
    'when the console gets "%s", then it answers the expected status with a small body',
    async (_, attack) => {
      const res = await post(server.baseUrl, attack);
      const body = Buffer.from(await res.arrayBuffer());
      expect(attack.expect).toContain(res.status);
      if (res.status >= 400) {
        expect(body.length).toBeLessThanOrEqual(MAX_PROBLEM_BYTES);
        expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
        expect(JSON.parse(body.toString()).detail.length).toBeGreaterThan(10);
      }
    },
  );

  it('when a list comprehension over a collected million nests a quantifier over it, then 403 "list-product" before anything runs', async () => {
    const [product] = issue23Attacks();
    const res = await post(server.baseUrl, product!);
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ reason: 'list-product' });
    const running = await server.db.driver.executeQuery(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS "any(b IN l" AND NOT currentQuery STARTS WITH "SHOW" RETURN count(*) AS n',
    );
    expect(running.records[0]!.get('n').toNumber()).toBe(0);
  });

  it('when one row would be five copies of a collected million, then 422 "row-bytes" and the next query still runs', async () => {
    const big = issue23Attacks().find((a) => a.name === 'one row of 5 x a collected million')!;
    const res = await post(server.baseUrl, big);
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ reason: 'row-bytes' });
    const after = await post(server.baseUrl, { name: 'after', query: 'RETURN 1 AS x', expect: [200] });
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ rows: [{ x: 1 }] });
  });

  it('when Neo4j rejects a function argument (a DatabaseError to it), then 400 naming the query, not 503', async () => {
    const res = await post(server.baseUrl, {
      name: 'truncate',
      query: 'RETURN date.truncate($a, date()) AS d',
      params: { a: 'a' },
      expect: [400],
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ field: 'query', detail: 'Unsupported unit: a' });
  });
});
