// Defence in depth: each console layer tested on its own against the real Neo4j, so that a write, a file read or a
// URL fetch is stopped even when the layer before it is skipped; the last layer is the JVM that cannot open URLs.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardConsoleQuery } from '../../server/console/guard.js';
import { planRefusal, queryTypeRefusal } from '../../server/console/layers.js';
import { explain } from '../../server/console/runner.js';
import type { Database } from '../../server/db/database.js';
import { LAUNCHER_DIR } from '../../server/neo4j-process/embedded.js';
import { AppError, ForbiddenQueryError } from '../../server/http/problems.js';
import { testDatabase } from '../_server.js';

let db: Database;
let http: HttpServer;
let tcp: TcpServer;
let httpRequests = 0;
let tcpConnections = 0;
const port = (server: HttpServer | TcpServer) => (server.address() as AddressInfo).port;
beforeAll(async () => {
  db = testDatabase();
  http = createHttpServer((_req, res) => {
    httpRequests += 1;
    res.end('secret,body\n');
  }).listen(0, '127.0.0.1');
  tcp = createTcpServer((socket) => {
    tcpConnections += 1;
    socket.destroy();
  }).listen(0, '127.0.0.1');
  await Promise.all([http, tcp].map((s) => new Promise((resolve) => s.once('listening', resolve))));
});
afterAll(async () => {
  http?.close();
  tcp?.close();
  await db?.close();
});
/** EXPLAIN alone, as the runner asks it (its own run of the READ-transaction layer is in console-runner.test.ts). */
const explainQuery = (query: string, params: Record<string, unknown> = {}) => explain({ db }, query, params, 5_000);

/** The attack classes that reached Neo4j's nested-expression planner, with the reason each must be refused for. */
const NESTED_ATTACKS: [string, string][] = [
  ["RETURN [i IN [1] | COLLECT { LOAD CSV FROM 'http://127.0.0.1:9/secret.txt' AS l RETURN l }] AS x", 'load-csv'],
  ['RETURN [x IN [1] | EXISTS { LOAD CSV FROM $url AS l RETURN l }] AS y', 'load-csv'],
  ['WITH {a: 1} AS m RETURN m { .*, x: COLLECT { LOAD CSV FROM $url AS l RETURN l } } AS x', 'load-csv'],
  ['RETURN CASE WHEN true THEN COUNT { CALL db.info() YIELD id RETURN id } END AS x', 'procedure'],
  ['RETURN reduce(s = 0, i IN [1] | s + COUNT { CALL db.prepareForReplanning() }) AS x', 'procedure'],
  ["MATCH (n) WHERE EXISTS { CALL db.stats.retrieve('QUERIES') YIELD data RETURN data } RETURN n", 'procedure'],
  ['RETURN {a: COLLECT { CALL dbms.components() YIELD name RETURN name }} AS m', 'procedure'],
];

describe('layer 2 alone: EXPLAIN queryType', () => {
  it('when the statement writes, then queryType is not "r" and it is refused', async () => {
    for (const query of ['CREATE (x:Escape)', 'MATCH (n:Entity {id: "taobao"}) SET n.x = 1', "CALL db.createLabel('Escape')"]) {
      const { queryType } = await explainQuery(query, {});
      expect(queryTypeRefusal(queryType)?.reason).toBe('not-read-only');
    }
    expect(queryTypeRefusal((await explainQuery('MATCH (n) RETURN n', {})).queryType)).toBeNull();
  });

  it('when LOAD CSV, SHOW SETTINGS or a nested procedure call pass as reads, then only the later layers catch them', async () => {
    const csv = await explainQuery("LOAD CSV FROM 'http://127.0.0.1:9/x' AS line RETURN line", {});
    expect(queryTypeRefusal(csv.queryType)).toBeNull();
    expect(planRefusal(csv.plan)?.reason).toBe('load-csv');
    const settings = await explainQuery('SHOW SETTINGS', {});
    expect(planRefusal(settings.plan)?.reason).toBe('admin-command');
    const nested = await explainQuery(NESTED_ATTACKS[0]![0]);
    expect(queryTypeRefusal(nested.queryType)).toBeNull();
  });
});

describe('layer 3 alone: the plan, including nested plans written in operator Details', () => {
  it('should allow only the introspection procedures, wherever they sit in the plan', async () => {
    expect(planRefusal((await explainQuery('CALL db.labels()', {})).plan)).toBeNull();
    const nested = await explainQuery('CALL () { CALL dbms.listConfig() YIELD name RETURN name } RETURN name', {});
    expect(planRefusal(nested.plan)?.reason).toBe('procedure');
  });

  it('when LOAD CSV or a procedure hides in a subquery inside a list comprehension, CASE, reduce or map, then the plan refuses it', async () => {
    for (const [query, reason] of NESTED_ATTACKS) {
      const { plan } = await explainQuery(query, { url: 'http://127.0.0.1:9/' });
      expect(planRefusal(plan)?.reason, query).toBe(reason);
    }
  });

  it('should pass the same nestings when they only read the graph', async () => {
    for (const query of [
      'RETURN [i IN [1] | COLLECT { MATCH (n:Entity) RETURN n.id }] AS x',
      'RETURN CASE WHEN true THEN COUNT { MATCH (n) } END AS x',
      "MATCH (n:Entity) WHERE n.name =~ '.*tao.*' RETURN n.id, datetime.truncate('day', datetime()) AS t LIMIT 1",
    ]) {
      expect(planRefusal((await explainQuery(query)).plan), query).toBeNull();
    }
  });
});

describe('the full guard (parse tree, then EXPLAIN)', () => {
  it('should refuse before Neo4j is asked, and pass a plain read', async () => {
    let explained = 0;
    const counting = (q: string, p: Record<string, unknown>) => {
      explained += 1;
      return explainQuery(q, p);
    };
    const refusal = await guardConsoleQuery(counting, NESTED_ATTACKS[0]![0], {}).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ForbiddenQueryError);
    expect((refusal as ForbiddenQueryError).extras.reason).toBe('load-csv');
    expect(explained).toBe(0);
    await expect(guardConsoleQuery(counting, 'MATCH (n:Entity) RETURN n.id LIMIT 1', {})).resolves.toBeUndefined();
    expect(explained).toBe(1);
  });

  it("when the text does not parse, then Neo4j's own 400 with the position comes back", async () => {
    const error = await guardConsoleQuery(explainQuery, 'MATCH (n RETURN n', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    expect((error as AppError).extras.field).toBe('query');
  });
});

describe('the last layer alone: the embedded Neo4j cannot fetch URLs (guards bypassed, driver called directly)', () => {
  const embedded = inject('neo4j').source === 'embedded';

  it.runIf(embedded)('when LOAD CSV asks for a local HTTP or TCP listener, then Neo4j refuses and the listeners see nothing', async () => {
    const driver = neo4j.driver(inject('neo4j').uri, neo4j.auth.basic(inject('neo4j').username, inject('neo4j').password));
    const session = driver.session({ database: inject('neo4j').database });
    try {
      for (const url of [
        `http://127.0.0.1:${port(http)}/secret.txt`,
        `http://localhost:${port(http)}/secret.txt`,
        `https://127.0.0.1:${port(tcp)}/x`,
        `ftp://127.0.0.1:${port(tcp)}/x`,
        `http://[::1]:${port(http)}/x`,
        `jar:http://127.0.0.1:${port(http)}/x.jar!/a.csv`,
      ]) {
        const error = await session.run('LOAD CSV FROM $url AS line RETURN line', { url }).catch((e: unknown) => e);
        expect((error as { code?: string }).code, url).toBe('Neo.ClientError.Statement.ExternalResourceFailed');
      }
    } finally {
      await session.close();
      await driver.close();
    }
    expect(httpRequests).toBe(0);
    expect(tcpConnections).toBe(0);
  });

  it.runIf(embedded)(
    "when a JVM with the launcher's NetworkLockdown opens http, https, ftp or jar:http URLs, then no connection is made",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hulian-lockdown-'));
      const probe = join(dir, 'Probe.java');
      writeFileSync(
        probe,
        `public class Probe { public static void main(String[] a) throws Exception {
      hulian.launcher.NetworkLockdown.install();
      for (String u : a) { try (var in = new java.net.URL(u).openStream()) { System.out.println("OPENED " + u); } catch (java.io.IOException e) { System.out.println("refused " + u); } }
    } }`,
      );
      const urls = [
        `http://127.0.0.1:${port(tcp)}/`,
        `https://127.0.0.1:${port(tcp)}/`,
        `ftp://127.0.0.1:${port(tcp)}/`,
        `jar:http://127.0.0.1:${port(tcp)}/x.jar!/a`,
      ];
      const { stdout } = await promisify(execFile)('java', ['-cp', join(LAUNCHER_DIR, 'target', 'hulian-launcher.jar'), probe, ...urls], {
        timeout: 60_000,
      });
      expect(stdout.trim().split('\n')).toEqual(urls.map((u) => `refused ${u}`));
      expect(tcpConnections).toBe(0);
    },
  );
});
