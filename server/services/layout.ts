// Precomputed positions for large networks, so the client never runs a force layout on them: each group is a
// sunflower disc with its best-connected nodes at the centre, single-node groups share one disc, and the discs are
// packed in rows, biggest first. Deterministic and O(n log n); /api/timeline reuses the last layout's JSON while the
// nodes, their groups and their degrees stay the same.
import { createHash } from 'node:crypto';
import type { ApiEdge, ApiNode } from './model.js';

/** From this many nodes on, /api/timeline carries `positions` (smaller networks are laid out by the client). */
export const PRECOMPUTED_LAYOUT_MIN_NODES = 500;
const SPACING = 40;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const POOLED = '\u0000single';

type LayoutNode = Pick<ApiNode, 'id' | 'group'>;
type LayoutEdge = Pick<ApiEdge, 'source' | 'target'>;
const lastLayout = { key: '', json: '' };

/** Integer [x, y] per node id, or null below PRECOMPUTED_LAYOUT_MIN_NODES. */
export function precomputedPositions(nodes: LayoutNode[], edges: LayoutEdge[]): Record<string, [number, number]> | null {
  return nodes.length < PRECOMPUTED_LAYOUT_MIN_NODES ? null : layOut(nodes, degrees(edges));
}

/**
 * The JSON text of the layout for `nodes` with each node's `degree` (as precomputedPositions gives it); laid out again
 * only when a node, its group or its degree changed since the last call.
 */
export function precomputedPositionsJson(nodes: LayoutNode[], degree: ReadonlyMap<string, number>): string {
  if (nodes.length < PRECOMPUTED_LAYOUT_MIN_NODES) return 'null';
  const key = createHash('sha256')
    .update(JSON.stringify(nodes.map((n) => [n.id, n.group, degree.get(n.id) ?? 0])))
    .digest('base64');
  if (key !== lastLayout.key) {
    lastLayout.json = JSON.stringify(layOut(nodes, degree));
    lastLayout.key = key;
  }
  return lastLayout.json;
}

/** Counts one edge at both of its ends in `degree`. */
export function countEnds(degree: Map<string, number>, { source, target }: LayoutEdge): void {
  degree.set(source, (degree.get(source) ?? 0) + 1);
  degree.set(target, (degree.get(target) ?? 0) + 1);
}

/** How many of `edges` touch each node id. */
export function degrees(edges: LayoutEdge[]): Map<string, number> {
  const degree = new Map<string, number>();
  for (const edge of edges) countEnds(degree, edge);
  return degree;
}

function layOut(nodes: LayoutNode[], degree: ReadonlyMap<string, number>): Record<string, [number, number]> {
  const groups = groupIds(nodes.map((n) => [n.group, n.id]));
  const discs = groupIds([...groups].flatMap(([group, ids]) => ids.map((id): [string, string] => [ids.length === 1 ? POOLED : group, id])));
  const ordered = [...discs.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const radiusOf = (count: number) => SPACING * (Math.sqrt(count) + 1);
  const rowWidth = Math.sqrt(ordered.reduce((sum, [, ids]) => sum + (2 * radiusOf(ids.length)) ** 2, 0)) * 1.2;
  const positions: Record<string, [number, number]> = {};
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const [, ids] of ordered) {
    const radius = radiusOf(ids.length);
    if (x > 0 && x + 2 * radius > rowWidth) {
      x = 0;
      y += rowHeight;
      rowHeight = 0;
    }
    const cx = x + radius;
    const cy = y + radius;
    ids.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    ids.forEach((id, k) => {
      const r = SPACING * Math.sqrt(k);
      positions[id] = [Math.round(cx + r * Math.cos(k * GOLDEN_ANGLE)), Math.round(cy + r * Math.sin(k * GOLDEN_ANGLE))];
    });
    x += 2 * radius + SPACING;
    rowHeight = Math.max(rowHeight, 2 * radius + SPACING);
  }
  return positions;
}

function groupIds(pairs: [string, string][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, id] of pairs) {
    const list = out.get(key);
    if (list) list.push(id);
    else out.set(key, [id]);
  }
  return out;
}
