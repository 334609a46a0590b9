// Regression: a first large import into an EMPTY database was quadratic, because MERGE on a dynamic
// relationship type was planned as a scan of every relationship per row. The lookup must expand from an index seek.
import { afterAll, describe, expect, it } from 'vitest';
import { QueryRegistry } from '../../server/db/query-registry.js';
import { REQUIRED_QUERIES } from '../../server/db/required-queries.js';
import { testDatabase } from '../_server.js';

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@neo4j$/, ''), ...plan.children.flatMap(operators)];
}

describe('import-relationships plan', () => {
  const db = testDatabase();
  afterAll(() => db.close());

  it('should never scan all relationships, and should start its lookup from the :Entity(id) index', async () => {
    const query = QueryRegistry.load(REQUIRED_QUERIES).prepare('import-relationships', { rows: [] });
    const plan = await db.withSession(
      'WRITE',
      async (session) => (await session.run(`EXPLAIN ${query.text}`, { rows: [] })).summary.plan as unknown as PlanNode,
    );
    const used = operators(plan);
    expect(used.filter((op) => /AllRelationshipsScan|RelationshipTypeScan/.test(op))).toEqual([]);
    expect(
      used.some((op) => op.includes('Expand')),
      used.join(' '),
    ).toBe(true);
    expect(
      used.filter((op) => /NodeIndexScan|AllNodesScan|NodeByLabelScan/.test(op)),
      used.join(' '),
    ).toEqual([]);
    expect(used.some((op) => op.startsWith('NodeUniqueIndexSeek'))).toBe(true);
  });
});
