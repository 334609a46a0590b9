// The driver layer writes and reads through the real Neo4j, converting values to plain JSON.
import neo4j from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { recordToJson } from '../../server/db/convert.js';
import { testDatabase } from '../_server.js';

describe('Database', () => {
  const db = testDatabase();
  afterAll(async () => {
    await db.withSession('WRITE', (s) => s.run('MATCH (n:WriteReadProbe) DELETE n'));
    await db.close();
  });

  it('should write a node in a write transaction and read it back as plain JSON', async () => {
    const key = randomUUID();
    await db.writeTransaction((tx) =>
      tx.run('CREATE (:WriteReadProbe {key: $key, n: $n, on: $on})', { key, n: neo4j.int(7), on: new neo4j.types.Date(2024, 8, 30) }),
    );
    const rows = await db.withSession('READ', async (s) =>
      (await s.executeRead((tx) => tx.run('MATCH (p:WriteReadProbe {key: $key}) RETURN p.n AS n, p.on AS on', { key }))).records.map(
        recordToJson,
      ),
    );
    expect(rows).toEqual([{ n: 7, on: '2024-08-30' }]);
  });

  it('should refuse a write in a READ session with a 403 query error', async () => {
    await expect(db.withSession('READ', (s) => s.executeRead((tx) => tx.run('CREATE (:WriteReadProbe {key: "x"})')))).rejects.toMatchObject(
      { status: 403 },
    );
  });
});
