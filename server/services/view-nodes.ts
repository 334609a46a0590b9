// The nodes a view draws: their captions (read by id, never an element id shown), their groups and places from the
// view core, and for a node outside the core a place beside its drawn neighbours (or on a ring past the core), stable
// across steps because it depends only on the node and its neighbours.
import { OTHER_GROUP_ID } from '../analysis/palette.js';
import type { Database } from '../db/database.js';
import { nodeCaption } from '../lens/captions.js';
import { readThrough } from '../lens/run.js';
import type { Reading } from '../lens/reading.js';
import type { ApiEdge, ApiNode } from './model.js';
import type { ViewCore } from './view-core.js';

/** A stable number in [0, 1) from a text (FNV-1a). */
function unitHash(text: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return (hash >>> 0) / 2 ** 32;
}

const radii = new WeakMap<ViewCore, number>();

/** How far the core's farthest node is from the centre (once per core). */
function radiusOf(core: ViewCore): number {
  let radius = radii.get(core);
  if (radius === undefined) {
    radius = 0;
    for (const [x, y] of core.positions.values()) radius = Math.max(radius, Math.hypot(x, y));
    radii.set(core, radius);
  }
  return radius;
}

/** Places for the nodes outside the core: beside their positioned neighbours, else on a ring around the core. */
function placeNewcomers(ids: readonly string[], edges: readonly ApiEdge[], core: ViewCore): Record<string, [number, number]> {
  const placed: Record<string, [number, number]> = {};
  const radius = radiusOf(core);
  const neighbours = new Map<string, string[]>();
  const link = (from: string, to: string) => {
    const list = neighbours.get(from);
    if (list) list.push(to);
    else neighbours.set(from, [to]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  for (const id of ids) {
    const known = core.positions.get(id);
    if (known) {
      placed[id] = known;
      continue;
    }
    let sumX = 0;
    let sumY = 0;
    let anchors = 0;
    for (const neighbour of neighbours.get(id) ?? []) {
      const place = core.positions.get(neighbour);
      if (!place) continue;
      sumX += place[0];
      sumY += place[1];
      anchors += 1;
    }
    const angle = 2 * Math.PI * unitHash(id, 1);
    if (anchors) {
      const x = sumX / anchors;
      const y = sumY / anchors;
      const offset = 40 + 60 * unitHash(id, 2);
      placed[id] = [Math.round(x + offset * Math.cos(angle)), Math.round(y + offset * Math.sin(angle))];
    } else {
      const r = (radius || 500) * (1.1 + 0.3 * unitHash(id, 3));
      placed[id] = [Math.round(r * Math.cos(angle)), Math.round(r * Math.sin(angle))];
    }
  }
  return placed;
}

/** The drawn nodes of `edges` with captions, kinds and groups, and a place for each. */
export async function viewNodes(
  db: Database,
  reading: Reading,
  edges: readonly ApiEdge[],
  core: ViewCore,
  timeoutMs: number,
): Promise<{ nodes: ApiNode[]; positions: Record<string, [number, number]> }> {
  const ids = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  const rows = ids.length ? await readThrough(db, reading, 'lens-nodes-by-ids', { ids }, { timeoutMs }) : [];
  const nodes = rows.map((row): ApiNode => {
    const [id, labels, caption] = row.node as [string, string[], unknown];
    const kind = labels.find((label) => reading.lens.labels.includes(label)) ?? labels[0] ?? 'Node';
    const name = reading.own && typeof caption === 'string' ? caption : nodeCaption(kind, caption, id);
    const group = core.groupOf.get(id) ?? OTHER_GROUP_ID;
    return { id, name, nameZh: null, kind, owner: null, group, aliases: [], description: null };
  });
  return { nodes, positions: placeNewcomers(ids, edges, core) };
}
