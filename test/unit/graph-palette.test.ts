// Colours from the data: legend groups come from the timeline's grouping (the "other" pool last), relationship types
// get a stable categorical colour, and no data colour is one of the reserved state colours.
import { describe, expect, it } from 'vitest';
import type { Grouping } from '../../contract/presentation';
import { STATE_COLORS } from '../../contract/state-colors';
import { CATEGORICAL, groupColors, legendGroups, lineStyleOf, typeColors } from '../../client/src/graph/palette';

const group = (id: string, color: string, other = false) => ({ id, label: `Group ${id}`, labelZh: null, color, size: 3, other });
const stateColours = new Set(Object.values(STATE_COLORS).map((c) => c.toLowerCase()));

describe('legendGroups', () => {
  it('should list no group for a network without nodes and no grouping', () => {
    expect(legendGroups(undefined, [])).toEqual([]);
  });

  it("should keep the grouping's groups and colours, with the pool of other groups last", () => {
    const grouping: Grouping = { by: 'community', groups: [group('rest', '#999999', true), group('a', '#4e79a7'), group('b', '#f28e2b')] };
    const groups = legendGroups(grouping, ['a', 'b', 'rest']);
    expect(groups.map((g) => g.id)).toEqual(['a', 'b', 'rest']);
    expect(groupColors(groups).get('b')).toBe('#f28e2b');
  });

  it('without a grouping, should make one group per node group, largest first, each in its own categorical colour', () => {
    const groups = legendGroups(undefined, ['x', 'y', 'y', 'z', 'y', 'x']);
    expect(groups.map((g) => [g.id, g.size])).toEqual([
      ['y', 3],
      ['x', 2],
      ['z', 1],
    ]);
    expect(new Set(groups.map((g) => g.color)).size).toBe(3);
  });
});

describe('typeColors', () => {
  it('should give a type the same colour whatever the order the types arrive in', () => {
    const types = ['RATES', 'TRUSTS', 'BLOCKS', 'FOLLOWS'];
    expect([...typeColors(types)].sort()).toEqual([...typeColors([...types].reverse())].sort());
    expect(new Set(typeColors(types).values()).size).toBe(types.length);
  });
});

describe('CATEGORICAL', () => {
  it('should hold no reserved state colour, so arrivals, ends, hits and paths stand out from data colours', () => {
    for (const colour of CATEGORICAL) expect(stateColours.has(colour.toLowerCase()), colour).toBe(false);
  });
});

describe('lineStyleOf', () => {
  it('should draw types without a vocabulary entry solid, closing ones dashed, legal and regulatory ones dotted', () => {
    expect(lineStyleOf(undefined)).toBe('solid');
    expect(lineStyleOf({ category: 'open' })).toBe('solid');
    expect(lineStyleOf({ category: 'closed' })).toBe('dashed');
    expect(lineStyleOf({ category: 'legal' })).toBe('dotted');
    expect(lineStyleOf({ category: 'regulatory' })).toBe('dotted');
  });
});
