// Defence in depth: each console layer tested on its own against the real Neo4j, so that a write or a file read
// is stopped even when the layer before it is skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardConsoleQuery } from '../../server/console/guard.js';
import { explain } from '../../server/console/runner.js';
import { lexicalRefusal, planRefusal, queryTypeRefusal } from '../../server/console/layers.js';
import type { Database } from '../../server/db/database.js';
import { ForbiddenQueryError } from '../../server/http/problems.js';
import { testDatabase } from '../_server.js';

let db: Database;
beforeAll(() => { db = testDatabase(); });
afterAll(async () => db?.close());
/** EXPLAIN alone, as the runner asks it (its own run of the READ-transaction layer is in console-runner.test.ts). */
const explainQuery = (query: string, params: Record<string, unknown> = {}) => explain({ db }, query, params, 5_000);

describe('layer 2 alone: EXPLAIN queryType', () => {
  it('when the statement writes, then queryType is not "r" and it is refused', async () => {
    for (const query of ['CREATE (x:Escape)', 'MATCH (n:Entity {id: "taobao"}) SET n.x = 1', "CALL db.createLabel('Escape')"]) {
      const { queryType } = await explainQuery(query, {});
      expect(queryTypeRefusal(queryType)?.reason).toBe('not-read-only');
    }
    expect(queryTypeRefusal((await explainQuery('MATCH (n) RETURN n', {})).queryType)).toBeNull();
  });

  it('when LOAD CSV or SHOW SETTINGS pass as reads, then only the plan layer catches them', async () => {
    const csv = await explainQuery("LOAD CSV FROM 'http://127.0.0.1:9/x' AS line RETURN line", {});
    expect(queryTypeRefusal(csv.queryType)).toBeNull();
    expect(planRefusal(csv.plan)?.reason).toBe('load-csv');
    const settings = await explainQuery('SHOW SETTINGS', {});
    expect(planRefusal(settings.plan)?.reason).toBe('admin-command');
  });
});

describe('layer 3 alone: the plan', () => {
  it('should allow only the introspection procedures, wherever they sit in the plan', async () => {
    expect(planRefusal((await explainQuery('CALL db.labels()', {})).plan)).toBeNull();
    const nested = await explainQuery('CALL () { CALL dbms.listConfig() YIELD name RETURN name } RETURN name', {});
    expect(planRefusal(nested.plan)?.reason).toBe('procedure');
  });
});

describe('layer 1 and the full guard', () => {
  it('should refuse lexically before Neo4j is asked, and pass a plain read', async () => {
    expect(lexicalRefusal('MATCH (n) RETURN n; MATCH (m) RETURN m')?.reason).toBe('several-statements');
    await expect(guardConsoleQuery(explainQuery, 'USE system MATCH (n) RETURN n', {})).rejects.toBeInstanceOf(ForbiddenQueryError);
    await expect(guardConsoleQuery(explainQuery, 'MATCH (n:Entity) RETURN n.id LIMIT 1', {})).resolves.toBeUndefined();
  });
});
