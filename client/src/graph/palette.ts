// Visual vocabulary shared by the graph style and the legend, all taken from the data: group colours and labels from
// the timeline's grouping, relationship-type colours by a stable categorical assignment, kind shapes, line styles.
import type { Css } from 'cytoscape';
import type { GroupInfo, Grouping } from '../../../contract/presentation';
import { STATE_COLORS } from '../../../contract/state-colors';
import type { Vocabulary } from '../types';

export { STATE_COLORS };

/** Categorical colours for relationship types (and groups when the server sends no grouping); none is a state colour. */
export const CATEGORICAL = [
  '#4e79a7',
  '#f28e2b',
  '#76b7b2',
  '#b07aa1',
  '#9c755f',
  '#499894',
  '#a0cbe8',
  '#ffbe7d',
  '#79706e',
  '#d4a6c8',
  '#86bcb6',
  '#bab0ac',
] as const;

/** The colour of ownership links and of anything without a colour of its own. */
export const NEUTRAL = '#adb5bd';

/** The legend's groups: the server's grouping in its order with the "other" pool last; without a grouping (an older
 * server), one group per distinct node group, largest first, in categorical colours. */
export function legendGroups(grouping: Grouping | undefined, nodeGroups: readonly string[]): GroupInfo[] {
  if (grouping) return [...grouping.groups.filter((g) => !g.other), ...grouping.groups.filter((g) => g.other)];
  const sizes = new Map<string, number>();
  for (const group of nodeGroups) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  return [...sizes]
    .sort(([a, na], [b, nb]) => nb - na || a.localeCompare(b))
    .map(([id, size], i) => ({ id, label: id, labelZh: null, color: CATEGORICAL[i % CATEGORICAL.length]!, size, other: false }));
}

/** Group id → colour. */
export function groupColors(groups: readonly GroupInfo[]): Map<string, string> {
  return new Map(groups.map((g) => [g.id, g.color]));
}

/** Relationship type → colour: the types sorted by name take the categorical colours in turn, so a type keeps its
 * colour from one load to the next. */
export function typeColors(types: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(types)].sort();
  return new Map(sorted.map((type, i) => [type, CATEGORICAL[i % CATEGORICAL.length]!]));
}

export type LineStyle = 'solid' | 'dashed' | 'dotted';

/** The line style of a relationship type, from its vocabulary category: closing relationships dashed, legal and
 * regulatory actions dotted, everything else (and types without an entry) solid. */
export function lineStyleOf(entry: Pick<Vocabulary, 'category'> | undefined): LineStyle {
  if (entry?.category === 'closed') return 'dashed';
  if (entry?.category === 'legal' || entry?.category === 'regulatory') return 'dotted';
  return 'solid';
}

export const KIND_SHAPES: Record<string, Css.NodeShape> = {
  Company: 'round-rectangle',
  Platform: 'ellipse',
  Regulator: 'diamond',
};
export const FALLBACK_SHAPE: Css.NodeShape = 'ellipse';
