// Details from the loaded timeline (client/src/lib/node-detail.ts): nothing for a node the page does not hold or in
// views mode; otherwise the server's shape and order — loops left out, the latest 500 by start then id in code-point
// order, oldest first — with the owner, the holdings and the node's milestones.
import { describe, expect, it } from 'vitest';
import { TimelineData } from '../../client/src/data';
import { nodeDetailFromTimeline, sameDetail } from '../../client/src/lib/node-detail';
import type { Edge, GraphNode, Milestone, Timeline } from '../../client/src/types';

const node = (id: string, owner: string | null = null): GraphNode => ({
  id,
  name: id.toUpperCase(),
  nameZh: null,
  kind: 'Company',
  owner,
  group: 'g',
  aliases: [],
  description: null,
});
const edge = (id: string, source: string, target: string, since: string): Edge => ({
  id,
  source,
  target,
  type: 'RATES',
  since,
  until: null,
  sincePrecision: 'day',
  untilPrecision: null,
  status: null,
  note: null,
  sources: [],
  disputed: null,
  props: {},
});
const milestone = (id: string, date: string | null, concerns: string[], regulator: string | null = null) =>
  ({
    id,
    date,
    datePrecision: 'day',
    title: id,
    titleZh: null,
    note: null,
    noteZh: null,
    inferred: [],
    regulator,
    concerns,
    sources: [],
  }) as unknown as Milestone;

function timeline(nodes: GraphNode[], edges: Edge[], milestones: Milestone[] = []): Timeline {
  return {
    range: { from: 2020, to: 2022 },
    nodes,
    edges,
    milestones,
    vocabulary: [],
    sources: [],
    years: [],
    positions: {},
    grouping: { by: 'community', groups: [] },
  } as unknown as Timeline;
}

describe('nodeDetailFromTimeline', () => {
  it('should give nothing for a node the timeline does not hold', () => {
    expect(nodeDetailFromTimeline(new TimelineData(timeline([node('a')], [])), 'zz')).toBeNull();
  });

  it('should give nothing when the network is shown one view at a time', () => {
    const fixed = { profile: {} as never, counts: [] };
    expect(nodeDetailFromTimeline(new TimelineData(timeline([node('a')], []), fixed), 'a')).toBeNull();
  });

  it('should list relationships as the server does: no loops, oldest first, ties by id in code-point order', () => {
    const data = new TimelineData(
      timeline(
        [node('a'), node('b'), node('c')],
        [
          edge('r-9', 'a', 'b', '2021-01-01'),
          edge('r-10', 'c', 'a', '2021-01-01'),
          edge('R-1', 'a', 'c', '2020-05-01'),
          edge('loop', 'a', 'a', '2022-01-01'),
        ],
      ),
    );
    const detail = nodeDetailFromTimeline(data, 'a')!;
    // Code points: 'R' < 'r', and 'r-10' < 'r-9'.
    expect(detail.relationships.map((r) => [r.id, r.direction, r.other.id])).toEqual([
      ['R-1', 'out', 'c'],
      ['r-10', 'in', 'c'],
      ['r-9', 'out', 'b'],
    ]);
    expect(detail.relationshipCount).toBe(3);
  });

  it('should keep only the 500 latest-starting relationships of a hub, and count them all', () => {
    const others = Array.from({ length: 600 }, (_, i) => node(`n${i}`));
    const edges = others.map((n, i) =>
      edge(`e${String(i).padStart(3, '0')}`, 'hub', n.id, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    const detail = nodeDetailFromTimeline(new TimelineData(timeline([node('hub'), ...others], edges)), 'hub')!;
    expect(detail.relationships).toHaveLength(500);
    expect(detail.relationshipCount).toBe(600);
    const since = detail.relationships.map((r) => r.since);
    expect(since).toEqual(since.slice().sort());
  });

  it('should give the owner, the holdings by id and the milestones that concern or were issued by the node', () => {
    const data = new TimelineData(
      timeline(
        [node('parent'), node('a', 'parent'), node('z', 'a'), node('y', 'a')],
        [],
        [milestone('m2', '2021-01-01', ['a']), milestone('m1', '2020-01-01', [], 'a'), milestone('other', '2020-01-01', ['z'])],
      ),
    );
    const detail = nodeDetailFromTimeline(data, 'a')!;
    expect(detail.owner?.id).toBe('parent');
    expect(detail.owns.map((n) => n.id)).toEqual(['y', 'z']);
    expect(detail.milestones.map((m) => m.id)).toEqual(['m1', 'm2']);
  });
});

describe('sameDetail', () => {
  it('when the server lists another relationship, then the two answers differ', () => {
    const data = new TimelineData(timeline([node('a'), node('b')], [edge('e1', 'a', 'b', '2021-01-01')]));
    const local = nodeDetailFromTimeline(data, 'a')!;
    expect(sameDetail(local, structuredClone(local))).toBe(true);
    const other = { ...local, relationships: local.relationships.map((r) => ({ ...r, id: 'e2' })) };
    expect(sameDetail(local, other)).toBe(false);
  });
});
