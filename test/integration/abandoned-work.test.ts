// The Neo4j work of an abandoned view request is ended (services/abandoned-work.ts): its transactions carry the
// request's tag in their metadata, and ending the tag terminates them while leaving other work alone.
import { randomUUID } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { endTaggedWork } from '../../server/services/abandoned-work.js';
import { testDatabase } from '../_server.js';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

const SLOW = 'UNWIND range(1, 10000000000) AS i WITH i WHERE i % 7 = 99 RETURN count(*)';

/** Starts a slow read under `tag`; resolves with 'finished' or the error that ended it. */
function slowRead(tag: string): Promise<unknown> {
  return db.driver
    .executeQuery(SLOW, {}, { database: db.database, routing: neo4j.routing.READ, transactionConfig: { metadata: { hulianRequest: tag } } })
    .then(
      () => 'finished',
      (error: unknown) => error,
    );
}

const listed = async (tag: string) => (await db.read('tagged-transactions', { tag })).length;

describe('ending the work of an abandoned request', () => {
  it("when a request's tag is ended, then its transactions stop and another request's keep running", async () => {
    const [abandoned, kept] = [randomUUID(), randomUUID()];
    const ended = slowRead(abandoned);
    const running = slowRead(kept);
    await expect.poll(() => listed(abandoned), { timeout: 5_000 }).toBe(1);
    await expect.poll(() => listed(kept), { timeout: 5_000 }).toBe(1);
    await endTaggedWork(db, abandoned);
    expect(await ended).not.toBe('finished');
    await expect.poll(() => listed(abandoned), { timeout: 5_000 }).toBe(0);
    expect(await listed(kept)).toBe(1);
    await endTaggedWork(db, kept);
    expect(await running).not.toBe('finished');
  });
});
