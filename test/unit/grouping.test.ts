// groupNodes (server/analysis/grouping.ts): curated groups first, else the owner tree, else seeded Louvain communities
// of the union network; the largest groups get distinct palette colours clear of STATE_COLORS, the rest pool as "other".
import { describe, expect, it } from 'vitest';
import { STATE_COLORS } from '../../contract/presentation.js';
import { groupNodes, type GroupedNode } from '../../server/analysis/grouping.js';
import { colourGroups, GROUP_PALETTE, OTHER_GROUP_COLOR, OTHER_GROUP_ID } from '../../server/analysis/palette.js';
import { seededRandom } from '../../server/analysis/seeded-random.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { checkPresentation } from '../../server/import/presentation-check.js';
import { colourDistance } from './_colour-distance.js';

const node = (id: string, owner: string | null = null, kind = 'Platform'): GroupedNode => ({
  id,
  name: `Name ${id}`,
  nameZh: null,
  kind,
  owner,
});

/** `cliques` dense clusters of `size` nodes, each clique joined to the next by one edge, ids shuffled by a seed. */
function cliques(count: number, size: number) {
  const nodes = Array.from({ length: count * size }, (_, i) => node(`c${Math.floor(i / size)}-${i % size}`));
  const edges: { source: string; target: string }[] = [];
  for (let c = 0; c < count; c++) {
    for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) edges.push({ source: `c${c}-${a}`, target: `c${c}-${b}` });
    if (c + 1 < count) edges.push({ source: `c${c}-0`, target: `c${c + 1}-0` });
  }
  return { nodes, edges };
}

describe('groupNodes', () => {
  it('when there are no nodes, then there are no groups', () => {
    expect(groupNodes([], [], null)).toEqual({ grouping: { by: 'community', groups: [] }, groupOf: new Map() });
  });

  it('when nodes have owners, then each group is the root of an owner chain, labelled with the root name', () => {
    const nodes = [node('root'), node('mid', 'root'), node('leaf', 'mid'), node('solo'), node('other-root'), node('child', 'other-root')];
    const { grouping, groupOf } = groupNodes(nodes, [], null);
    expect(grouping.by).toBe('owner');
    expect(groupOf.get('leaf')).toBe('root');
    expect(groupOf.get('child')).toBe('other-root');
    expect(grouping.groups.find((g) => g.id === 'root')).toMatchObject({ label: 'Name root', size: 3, other: false });
    expect(groupOf.get('solo')).toBe(OTHER_GROUP_ID);
  });

  it('when only a few nodes have owners, then the communities group them rather than leave most nodes grey', () => {
    const { nodes, edges } = cliques(3, 5);
    const withOneOwner = nodes.map((n, i) => (i === 1 ? { ...n, owner: nodes[0]!.id } : n));
    expect(groupNodes(withOneOwner, edges, null).grouping.by).toBe('community');
  });

  it('when an owner chain loops, then it still ends, with one group for the loop', () => {
    const { groupOf } = groupNodes([node('a', 'b'), node('b', 'a')], [], null);
    expect(groupOf.get('a')).toBe(groupOf.get('b'));
  });

  it('when nodes have no owners, then the communities are its clusters, the same on every run, named by a member', () => {
    const { nodes, edges } = cliques(4, 6);
    const first = groupNodes(nodes, edges, null);
    expect(first.grouping.by).toBe('community');
    for (let c = 0; c < 4; c++)
      expect(new Set(nodes.filter((n) => n.id.startsWith(`c${c}-`)).map((n) => first.groupOf.get(n.id))).size).toBe(1);
    expect(new Set(first.groupOf.values()).size).toBe(4);
    expect(groupNodes(nodes, [...edges].reverse(), null)).toEqual(first);
    for (const group of first.grouping.groups) expect(group.label).toMatch(/^around Name c\d-\d$/);
  });

  it('should pool the groups past the palette and the single nodes into one grey "other" group', () => {
    const { nodes, edges } = cliques(GROUP_PALETTE.length + 3, 5);
    const lonely = [node('alone-1'), node('alone-2')];
    const { grouping, groupOf } = groupNodes([...nodes, ...lonely], edges, null);
    const other = grouping.groups.at(-1)!;
    expect(other).toMatchObject({ id: OTHER_GROUP_ID, other: true, color: OTHER_GROUP_COLOR, size: 3 * 5 + 2 });
    expect(grouping.groups.filter((g) => !g.other)).toHaveLength(GROUP_PALETTE.length);
    expect(groupOf.get('alone-1')).toBe(OTHER_GROUP_ID);
    expect(grouping.groups.reduce((sum, g) => sum + g.size, 0)).toBe(nodes.length + lonely.length);
  });

  it('when the dataset has curated groups, then they win: by kind first, then by owner root, then the rest', () => {
    const curated = checkPresentation({
      file: 'test',
      value: {
        title: 'T',
        groups: [
          { id: 'big', label: 'Big', color: '#4e79a7', roots: ['root'] },
          { id: 'watchers', label: 'Watchers', color: '#7048e8', kinds: ['Regulator'] },
          { id: 'rest', label: 'Rest', color: '#adb5bd' },
        ],
      },
    }).groups;
    const nodes = [node('root'), node('child', 'root'), node('watcher', 'root', 'Regulator'), node('stranger')];
    const { grouping, groupOf } = groupNodes(nodes, [], curated);
    expect(grouping.by).toBe('dataset');
    expect(Object.fromEntries(groupOf)).toEqual({ root: 'big', child: 'big', watcher: 'watchers', stranger: 'rest' });
    expect(grouping.groups.map((g) => [g.id, g.size, g.other])).toEqual([
      ['big', 2, false],
      ['watchers', 1, false],
      ['rest', 1, true],
    ]);
  });
});

describe('the group colours', () => {
  const bundledGroups = checkPresentation(readDatasetDir().presentation!).groups.filter((g) => g.roots.length || g.kinds.length);

  it('should keep every palette and curated colour well away from every state colour and the pool grey', () => {
    for (const colour of [...GROUP_PALETTE, ...bundledGroups.map((g) => g.color)]) {
      for (const reserved of [...Object.values(STATE_COLORS), OTHER_GROUP_COLOR]) {
        expect(colourDistance(colour, reserved), `${colour} vs ${reserved}`).toBeGreaterThan(30);
      }
    }
  });

  it('should keep the palette hues distinct from each other', () => {
    GROUP_PALETTE.forEach((a, i) =>
      GROUP_PALETTE.slice(i + 1).forEach((b) => expect(colourDistance(a, b), `${a} vs ${b}`).toBeGreaterThan(18)),
    );
  });

  it('should colour the largest groups first, whatever order they come in', () => {
    const random = seededRandom(5);
    const candidates = Array.from({ length: 12 }, (_, i) => ({
      id: `g${i}`,
      label: `G${i}`,
      labelZh: null,
      members: Array.from({ length: i + 2 }, (_, k) => `g${i}-${k}`),
    }));
    const shuffled = [...candidates].sort(() => random() - 0.5);
    const { groups } = colourGroups(shuffled);
    expect(groups.slice(0, 3).map((g) => g.id)).toEqual(['g11', 'g10', 'g9']);
    expect(groups[0]!.color).toBe(GROUP_PALETTE[0]);
  });
});
