// Defence in depth: each console layer tested on its own against the real Neo4j, so that a write or a file read
// is stopped even when the layer before it is skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardConsoleQuery } from '../../server/console/guard.js';
import { explain, runReadOnly } from '../../server/console/runner.js';
import { lexicalRefusal, planRefusal, queryTypeRefusal } from '../../server/console/layers.js';
import type { Database } from '../../server/db/database.js';
import { AppError, ForbiddenQueryError } from '../../server/http/problems.js';
import { testDatabase } from '../_server.js';
import { countAll } from './_api-expectations.js';

let db: Database;
beforeAll(() => { db = testDatabase(); });
afterAll(async () => db?.close());
const limits = { timeoutMs: 2_000, rowLimit: 5 };

describe('layer 2 alone: EXPLAIN queryType', () => {
  it('when the statement writes, then queryType is not "r" and it is refused', async () => {
    for (const query of ['CREATE (x:Escape)', 'MATCH (n:Entity {id: "taobao"}) SET n.x = 1', "CALL db.createLabel('Escape')"]) {
      const { queryType } = await explain(db, query, {});
      expect(queryTypeRefusal(queryType)?.reason).toBe('not-read-only');
    }
    expect(queryTypeRefusal((await explain(db, 'MATCH (n) RETURN n', {})).queryType)).toBeNull();
  });

  it('when LOAD CSV or SHOW SETTINGS pass as reads, then only the plan layer catches them', async () => {
    const csv = await explain(db, "LOAD CSV FROM 'http://127.0.0.1:9/x' AS line RETURN line", {});
    expect(queryTypeRefusal(csv.queryType)).toBeNull();
    expect(planRefusal(csv.plan)?.reason).toBe('load-csv');
    const settings = await explain(db, 'SHOW SETTINGS', {});
    expect(planRefusal(settings.plan)?.reason).toBe('admin-command');
  });
});

describe('layer 3 alone: the plan', () => {
  it('should allow only the introspection procedures, wherever they sit in the plan', async () => {
    expect(planRefusal((await explain(db, 'CALL db.labels()', {})).plan)).toBeNull();
    const nested = await explain(db, 'CALL () { CALL dbms.listConfig() YIELD name RETURN name } RETURN name', {});
    expect(planRefusal(nested.plan)?.reason).toBe('procedure');
  });
});

describe('layer 4 alone: the READ transaction (guards skipped)', () => {
  it('when a write runs without the guards, then the READ transaction refuses it and nothing changes', async () => {
    const before = await countAll(db);
    for (const query of ['CREATE (x:Escape {id: "layer-4"})', 'MATCH (n:Entity {id: "taobao"}) SET n.name = "hacked"', "CALL db.createLabel('Escape')"]) {
      const error = await runReadOnly(db, query, {}, limits).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ForbiddenQueryError);
      expect((error as ForbiddenQueryError).extras.reason).toBe('read-only');
    }
    expect(await countAll(db)).toEqual(before);
  });

  it('when LOAD CSV from file:/// runs without the guards, then Neo4j refuses to read the file', async () => {
    const error = await runReadOnly(db, "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", {}, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBeLessThan(500);
  });

  it('when CALL { … } IN TRANSACTIONS runs without the guards, then the managed transaction refuses it', async () => {
    const before = await countAll(db);
    await expect(runReadOnly(db, 'CALL () { CREATE (:Escape) } IN TRANSACTIONS', {}, limits)).rejects.toBeDefined();
    expect(await countAll(db)).toEqual(before);
  });

  it('should stop at the row cap and say so', async () => {
    const out = await runReadOnly(db, 'UNWIND range(1, 1000000) AS i RETURN i', {}, limits);
    expect(out.rows).toHaveLength(limits.rowLimit);
    expect(out.truncated).toBe(true);
    expect(out.columns).toEqual(['i']);
    const small = await runReadOnly(db, 'UNWIND range(1, 5) AS i RETURN i', {}, limits);
    expect(small.truncated).toBe(false);
  });
});

describe('layer 1 and the full guard', () => {
  it('should refuse lexically before Neo4j is asked, and pass a plain read', async () => {
    expect(lexicalRefusal('MATCH (n) RETURN n; MATCH (m) RETURN m')?.reason).toBe('several-statements');
    await expect(guardConsoleQuery((q, p) => explain(db, q, p), 'USE system MATCH (n) RETURN n', {})).rejects.toBeInstanceOf(ForbiddenQueryError);
    await expect(guardConsoleQuery((q, p) => explain(db, q, p), 'MATCH (n:Entity) RETURN n.id LIMIT 1', {})).resolves.toBeUndefined();
  });
});
