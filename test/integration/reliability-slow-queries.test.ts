// A flood of slow console queries against the real Neo4j: they time out (504) or are turned away (429 busy or rate-limit),
// never 500; their transactions end, and the fixed endpoints keep answering 200 throughout and afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../_server.js';
import { waitUntil } from './_reliability.js';

/** A cartesian product over every node that compares names, so Neo4j must really enumerate it (tens of millions of rows):
 * allowed by the console's judge, and far past QUERY_TIMEOUT_MS. */
const SLOW = {
  query: 'MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id + d.id CONTAINS $marker RETURN count(*) AS n',
  params: { marker: 'slow-flood' },
};
const FIXED = ['/api/graph?at=2022-01-01', '/api/timeline', '/api/nodes?q=tao', '/api/nodes/taobao', '/api/stats'];

describe('when 50 slow console queries arrive at once', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ CONSOLE_RATE_PER_MIN: '1000' });
  });
  afterAll(async () => server?.close());

  const post = (body: unknown) =>
    fetch(`${server.baseUrl}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  /** Posts again after each 429 busy once its Retry-After has passed (a console slot rests after a long query), up to 4 times. */
  const postWhenRested = async (body: unknown) => {
    let res = await post(body);
    for (let tries = 0; tries < 4 && res.status === 429; tries += 1) {
      expect((await res.json()).reason).toBe('busy');
      await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after')) * 1000));
      res = await post(body);
    }
    return res;
  };
  const runningSlowQueries = async () => {
    const result = await server.db.withSession('READ', (s) =>
      s.run(
        "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS '$marker' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
      ),
    );
    return Number(result.records[0]?.get('n'));
  };

  it('then they time out or are turned away with problems, the fixed endpoints keep answering, and every transaction ends', async () => {
    let flooding = true;
    const fixedStatuses: number[] = [];
    const fixedProblems: string[] = [];
    const fixedMs: number[] = [];
    const fixedWorker = async (offset: number) => {
      for (let i = offset; flooding; i += 1) {
        const started = Date.now();
        const res = await fetch(`${server.baseUrl}${FIXED[i % FIXED.length]}`, { signal: AbortSignal.timeout(30_000) });
        fixedMs.push(Date.now() - started);
        const text = await res.text();
        fixedStatuses.push(res.status);
        if (res.status !== 200) fixedProblems.push(`${FIXED[i % FIXED.length]}: ${res.status} ${text.slice(0, 300)}`);
      }
    };
    for (const path of FIXED) expect((await fetch(`${server.baseUrl}${path}`)).status, path).toBe(200);
    const fixed = [0, 1, 2].map(fixedWorker);
    const answers = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const res = await post(SLOW);
        return {
          status: res.status,
          type: res.headers.get('content-type'),
          retryAfter: res.headers.get('retry-after'),
          body: await res.json(),
        };
      }),
    );
    flooding = false;
    await Promise.all(fixed);

    const byStatus = answers.reduce<Record<number, number>>((acc, a) => ({ ...acc, [a.status]: (acc[a.status] ?? 0) + 1 }), {});
    console.log(
      `50 slow console queries: ${JSON.stringify(byStatus)}; fixed endpoints during the flood: ${fixedStatuses.length} calls, slowest ${Math.max(...fixedMs)} ms`,
    );
    expect(
      Object.keys(byStatus)
        .map(Number)
        .every((s) => [429, 504].includes(s)),
    ).toBe(true);
    expect(byStatus[504]).toBeGreaterThanOrEqual(server.config.CONSOLE_CONCURRENCY);
    for (const answer of answers) {
      expect(answer.type).toMatch(/application\/problem\+json/);
      if (answer.status === 429) {
        expect(answer.body.reason).toBe('busy');
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      }
    }
    expect(fixedStatuses.length).toBeGreaterThan(0);
    expect(fixedProblems).toEqual([]);

    await waitUntil(async () => (await runningSlowQueries()) === 0, 10_000);
    const quick = await postWhenRested({ query: 'MATCH (n:Entity) RETURN count(n) AS n' });
    expect(quick.status).toBe(200);
    const burst = await Promise.all(Array.from({ length: 60 }, () => fetch(`${server.baseUrl}/api/nodes/taobao`)));
    expect(burst.map((r) => r.status).every((s) => s === 200)).toBe(true);
  }, 120_000);
});

describe('when one client sends more console queries than its rate allows', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ CONSOLE_RATE_PER_MIN: '5' });
  });
  afterAll(async () => server?.close());

  it('then the extra ones get a 429 problem with reason rate-limit, never a 5xx', async () => {
    const answers = [];
    for (let i = 0; i < 8; i += 1) {
      const res = await fetch(`${server.baseUrl}/api/cypher`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'RETURN 1 AS one' }),
      });
      answers.push({ status: res.status, type: res.headers.get('content-type'), body: await res.json() });
    }
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    for (const refused of answers.slice(5)) {
      expect(refused.type).toMatch(/application\/problem\+json/);
      expect(refused.body.reason).toBe('rate-limit');
    }
  });
});
