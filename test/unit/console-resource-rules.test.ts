// The console's rules against resource abuse, each alone: nesting read before the parser, iteration over collected
// lists (the product Neo4j cannot interrupt), bounded errors, the byte fuse and the gate that holds a slot for dead work.
import { Neo4jError } from 'neo4j-driver';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { BudgetGate } from '../../server/console/budget-gate.js';
import { startByteFuse } from '../../server/console/byte-fuse.js';
import { ConsoleBusyError, consoleError, MAX_DETAIL_CHARS } from '../../server/console/console-errors.js';
import { loadCypherParser, parseConsoleQuery } from '../../server/console/cypher-tree.js';
import { guardConsoleQuery } from '../../server/console/guard.js';
import { MAX_NESTING, nestingDepth } from '../../server/console/nesting.js';
import { parseTreeRefusal } from '../../server/console/parse-tree.js';
import { AppError } from '../../server/http/problems.js';

// The parser loads on the console's first query; these tests call it directly.
beforeAll(loadCypherParser);

const judge = (query: string) => parseTreeRefusal(parseConsoleQuery(query), {})?.reason ?? null;
const neverExplain = () => Promise.reject(new Error('EXPLAIN must not be reached'));

describe('nesting, before the parser', () => {
  it('when 300 parentheses or 3,300 brackets nest, then the guard answers 400 "too-deep" without parsing', async () => {
    for (const query of ['RETURN ' + '('.repeat(300) + '1' + ')'.repeat(300) + ' AS x', 'RETURN ' + '['.repeat(3300) + ']'.repeat(3300)]) {
      const error = await guardConsoleQuery(neverExplain, query, {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ status: 400, extras: { field: 'query', reason: 'too-deep' } });
    }
  });

  it('should count brackets and CASE outside strings, names and comments only', () => {
    expect(nestingDepth("RETURN '((((' AS `[[` /* {{{{ */ // ((((\n")).toBe(0);
    expect(nestingDepth('RETURN CASE WHEN (1 = 1) THEN [1] END AS x')).toBe(2);
    expect(nestingDepth('RETURN ' + '('.repeat(MAX_NESTING) + '1' + ')'.repeat(MAX_NESTING))).toBe(MAX_NESTING);
  });

  it('when CASE nests 200 deep behind property names called end, then it is still a 400, never a stack overflow', async () => {
    const query = 'WITH {end: 1} AS m RETURN ' + 'CASE m.end WHEN 1 THEN '.repeat(200) + '1' + ' END'.repeat(200) + ' AS x';
    const error = await guardConsoleQuery(neverExplain, query, {}).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, extras: { reason: 'too-deep' } });
  });
});

describe('iteration over collected lists', () => {
  it.each([
    [
      'a quantifier over a collected list inside a comprehension over it',
      'UNWIND range(1,1000000) AS x WITH collect(x) AS l RETURN size([a IN l WHERE any(b IN l WHERE b + a < 0)]) AS c',
    ],
    [
      'reduce() over collected strings',
      'UNWIND range(1,300000) AS x WITH collect(toString(x)) AS l RETURN size(reduce(s = null, x IN l | coalesce(s, x) + x)) AS n',
    ],
    [
      'a collected list repeated by a comprehension',
      'UNWIND range(1,100000) AS x WITH collect(x) AS l RETURN [i IN range(1,100) | l] AS big',
    ],
    [
      'a renamed collected list tested for membership in a loop',
      'MATCH (n) WITH collect(n) AS ns WITH ns AS k RETURN [x IN range(1,10) WHERE x IN k] AS m',
    ],
    [
      'a pattern comprehension inside a loop over a collected list',
      'UNWIND range(1,1000) AS x WITH collect(x) AS l RETURN [a IN l | [(n)-->(m) | m]] AS p',
    ],
  ])('when %s, then the parse tree refuses it as "list-product"', (_, query) => {
    expect(judge(query)).toBe('list-product');
  });

  it.each([
    [
      'a filter over a collected list using its size',
      'UNWIND range(1,100000) AS x WITH collect(x) AS l RETURN [a IN l WHERE a > size(l) / 2 | a * 2][0..3] AS ok',
    ],
    ['a projection of collected nodes', 'MATCH (n) WITH collect(n) AS ns RETURN [x IN ns WHERE x.name STARTS WITH "a" | x.name] AS names'],
    ["nested loops over one row's own small lists", 'MATCH (n) RETURN [x IN labels(n) WHERE any(y IN keys(n) WHERE y = x)] AS fine'],
    [
      'membership of each row in a collected list (Neo4j stops between rows)',
      'MATCH (n) WITH collect(n) AS ns MATCH (m) WHERE m IN ns RETURN count(m) AS c',
    ],
  ])('when %s, then it is not refused', (_, query) => {
    expect(judge(query)).toBeNull();
  });
});

describe('console errors', () => {
  it('when Neo4j quotes an 8 MB value in its message, then the detail is its first line cut to a few hundred characters', () => {
    const raw = new Neo4jError(
      `Unknown coordinate reference system: ${'a'.repeat(8_388_608)}\nmore`,
      'Neo.ClientError.Statement.ArgumentError',
      '50N42',
      '',
    );
    const error = consoleError(raw, 8) as AppError;
    expect(error.status).toBe(400);
    expect(error.detail.length).toBeLessThanOrEqual(MAX_DETAIL_CHARS);
    expect(error.detail.endsWith('…')).toBe(true);
  });

  it('when a function rejects its argument (a DatabaseError to Neo4j), then it is a 400 naming the query, not a 503', () => {
    const raw = new Neo4jError('Unsupported unit: a', 'Neo.DatabaseError.Statement.ExecutionFailed', '50N00', '');
    expect(consoleError(raw, 8)).toMatchObject({ status: 400, detail: 'Unsupported unit: a', extras: { field: 'query' } });
  });

  it('when no console connection is free, then it is "the console is busy with earlier work", never "Neo4j unavailable"', () => {
    const raw = new Neo4jError('Connection acquisition timed out in 3000 ms. Pool status: Active conn count = 2', 'N/A', '50N42', '');
    const error = consoleError(raw, 8) as AppError;
    expect(error).toBeInstanceOf(ConsoleBusyError);
    expect(error.title).toBe('The console is busy with earlier work');
    expect(error.status).toBe(429);
  });
});

describe('the gate holds a slot for dead work', () => {
  it('when a run answered but its connection is still held, then the next caller gets "busy with earlier work" until it is released', async () => {
    const gate = new BudgetGate({ slots: 1, cpuShare: 1, cores: 1, maxWaitMs: 100, pollMs: 10 });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await gate.run(async (hold) => hold(held));
    const turnedAway = await gate.run(async () => 'ran').catch((e: unknown) => e);
    expect(turnedAway).toBeInstanceOf(ConsoleBusyError);
    release();
    await held;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await gate.run(async () => 'ran')).toBe('ran');
  });
});

describe('the byte fuse', () => {
  it('when the server sends more than the bound after one request, then the relay cuts the connection', async () => {
    const upstream = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.on('data', (d) => socket.write(d.toString() === 'big' ? Buffer.alloc(300_000) : Buffer.alloc(10)));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const fuse = await startByteFuse(`bolt://127.0.0.1:${(upstream.address() as AddressInfo).port}`, 100_000);
    const exchange = (message: string) =>
      new Promise<{ bytes: number; cut: boolean }>((resolve) => {
        const url = new URL(fuse.uri);
        const socket = createConnection({ host: url.hostname, port: Number(url.port) }, () => socket.write(message));
        let bytes = 0;
        socket.on('data', (d) => {
          bytes += d.length;
          if (message === 'small' && bytes >= 10) socket.end();
        });
        socket.on('close', () => resolve({ bytes, cut: fuse.blown > 0 }));
        socket.on('error', () => undefined);
      });
    expect(await exchange('small')).toEqual({ bytes: 10, cut: false });
    const big = await exchange('big');
    expect(big.cut).toBe(true);
    expect(big.bytes).toBeLessThanOrEqual(100_000);
    upstream.close();
    await fuse.close();
  });
});
