// topByDegree (client/src/graph/classes.ts): the best-connected nodes, best first and ties by id, dealt into one
// bucket per degree; checked against the plain comparison sort it replaced, on random degrees, ids and limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idsInOrder, topByDegree, type ElementIndex } from '../../client/src/graph/classes';

/** The reference: every entry sorted by degree (highest first), then id (ascending), cut at `limit`. */
const bySort = (degree: Map<string, number>, limit: number) =>
  [...degree]
    .sort(([a, da], [b, db]) => db - da || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([id]) => id);

const indexOf = (ids: string[]): ElementIndex => ({ nodes: ids.map((id) => ({ id, kind: 'Node', group: '' })), edges: [], ownership: [] });

describe('topByDegree', () => {
  it('should rank as the comparison sort does, ties by id, for any degrees and limit', () => {
    const entries = fc.uniqueArray(fc.tuple(fc.string({ maxLength: 6 }), fc.integer({ min: 1, max: 40 })), {
      selector: ([id]) => id,
      maxLength: 200,
    });
    fc.assert(
      fc.property(entries, fc.integer({ min: 0, max: 250 }), (pairs, limit) => {
        const degree = new Map(pairs);
        const order = idsInOrder(indexOf([...degree.keys()].reverse()));
        expect(topByDegree(degree, order, limit)).toEqual(bySort(degree, limit));
        expect(topByDegree(degree, order)).toEqual(bySort(degree, Infinity));
      }),
    );
  });

  it('when an index has nodes without a degree, then only the nodes with one are ranked', () => {
    const order = idsInOrder(indexOf(['c', 'a', 'b', 'd']));
    expect(
      topByDegree(
        new Map([
          ['d', 2],
          ['b', 5],
          ['a', 2],
        ]),
        order,
      ),
    ).toEqual(['b', 'a', 'd']);
  });
});
