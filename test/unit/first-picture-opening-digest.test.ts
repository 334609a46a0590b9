// The opening period of event data (client/src/lib/opening.ts) and the change log's digest (lib/change-digest.ts).
import { describe, expect, it } from 'vitest';
import { changeDigest } from '../../client/src/lib/change-digest';
import { openingWindow } from '../../client/src/lib/opening';
import { changesBetween } from '../../client/src/lib/temporal';

const steps = (counts: number[]) => counts.map((began, i) => ({ at: `${2010 + i}-12-31`, began, ended: 0 }));

describe('the opening period of event data', () => {
  it('should open on the latest window holding at least the median activity, skipping a sparse tail', () => {
    const opening = openingWindow(steps([600, 9000, 6500, 13000, 4000, 2450, 42]), 1);
    expect(opening).toEqual({ at: '2014-12-31', reason: 'median', activity: 4000, median: 4000, lastActivity: 42 });
  });

  it('when the last window is busy enough, then it opens on the latest', () => {
    expect(openingWindow(steps([5, 0, 7, 9]), 1)).toMatchObject({ at: '2013-12-31', reason: 'latest' });
  });

  it('should sum windows of several steps and leave empty windows out of the median', () => {
    const opening = openingWindow(steps([0, 0, 10, 10, 10, 1, 0]), 2);
    expect(opening.median).toBe(11);
    expect(opening.at).toBe('2015-12-31');
  });
});

describe("the change log's digest", () => {
  const group: Record<string, string> = { a: 'red', b: 'red', c: 'blue', d: 'blue', e: 'green' };
  const edge = (id: string, source: string, target: string, since: string) => ({ id, source, target, type: 'RATES', since, until: null });
  const edges = [
    edge('1', 'a', 'b', '2012-03-01'),
    edge('2', 'a', 'c', '2012-05-01'),
    edge('3', 'a', 'b', '2013-02-01'),
    edge('4', 'c', 'e', '2013-03-01'),
    edge('5', 'e', 'd', '2013-04-01'),
    edge('6', 'e', 'a', '2013-05-01'),
  ];
  const digest = changeDigest(
    edges,
    changesBetween(edges, '2012-12-31', '2013-12-31'),
    changesBetween(edges, '2011-12-31', '2012-12-31'),
    '2012-12-31',
    '2013-12-31',
    (n) => group[n]!,
  );

  it('should count the changes by type and by group', () => {
    expect(digest.byType).toEqual([{ type: 'RATES', began: 4, ended: 0 }]);
    expect(digest.byGroup).toEqual([
      { group: 'green', changes: 3 },
      { group: 'red', changes: 2 },
      { group: 'blue', changes: 2 },
    ]);
  });

  it('should name the nodes that became most active, the groups connected for the first time and the new hubs', () => {
    expect(digest.mostActive[0]).toEqual({ node: 'e', now: 3, before: 0 });
    expect(digest.mostActive.map((n) => n.node)).not.toContain('a');
    expect(digest.firstLinks).toEqual([
      { a: 'blue', b: 'green', date: '2013-03-01' },
      { a: 'green', b: 'red', date: '2013-05-01' },
    ]);
    expect(digest.newHubs).toEqual([
      { node: 'e', changes: 3 },
      { node: 'd', changes: 1 },
    ]);
  });
});
