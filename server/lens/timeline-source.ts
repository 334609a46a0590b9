// The timeline's nodes and edge rows read through a lens: nodes as ApiNodes (id = element id, name = caption by captions.ts, kind =
// first shown label) and a fold over edge rows in timeline-edges' row shape, for server/services/timeline-wire.ts.
import { EDGE_FIELDS } from '../../contract/edge-fields.js';
import type { Lens } from '../../contract/lens.js';
import type { Json } from '../db/convert.js';
import type { Database } from '../db/database.js';
import type { ApiNode } from '../services/model.js';
import { nodeCaption } from './captions.js';
import type { SchemaNames } from './identifiers.js';
import { readLens, readLensFold } from './run.js';

/** The nodes of every shown label (a node under several shown labels once, as its first), in label then id order. */
async function lensNodes(db: Database, lens: Lens, schema: SchemaNames): Promise<ApiNode[]> {
  const group = lens.group.by === 'property' ? lens.group.key : null;
  const byId = new Map<string, ApiNode>();
  const perLabel = await Promise.all(
    lens.labels.map((label) => readLens(db, 'lens-nodes', { label, caption: lens.captions[label] ?? null, group }, schema)),
  );
  for (const [i, label] of lens.labels.entries()) {
    for (const row of perLabel[i]!) {
      const id = String(row.id);
      if (byId.has(id)) continue;
      const name = nodeCaption(label, row.caption, id);
      const kind = label;
      byId.set(id, {
        id,
        name,
        nameZh: null,
        kind,
        owner: null,
        group: group ? (typeof row.group === 'string' ? row.group : '') : kind,
        aliases: [],
        description: null,
      });
    }
  }
  return [...byId.values()];
}

const SINCE = EDGE_FIELDS.indexOf('since');
/** Orders edge rows by start day, then id (as timeline-edges orders them). */
function bySinceThenId(a: Json, b: Json): number {
  const [x, y] = [a as string[], b as string[]];
  return x[SINCE]! < y[SINCE]! ? -1 : x[SINCE]! > y[SINCE]! ? 1 : x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0;
}

/** Reads the timeline through `lens`: `nodes()` and `foldEdges()` (every type's rows in start-day then id order). */
export function lensTimelineSource(db: Database, lens: Lens, schema: SchemaNames) {
  return {
    nodes: () => lensNodes(db, lens, schema),
    /**
     * Folds every shown relationship's edge row (as TimelineEdges.add takes it) into one state, in start-day then id
     * order across types. The types are read at once, each gathered first (a retried read starts its list again), then folded.
     */
    async foldEdges<S>(start: () => S, step: (state: S, edgeRow: Json) => void): Promise<S> {
      const perType = await Promise.all(
        lens.relationships.map((relationship) => {
          const query = {
            name: 'lens-timeline-edges',
            bindings: { labels: lens.labels, type: relationship.type, start: relationship.start.key, end: relationship.end?.key ?? null },
            params: {
              startForm: relationship.start.form,
              endForm: relationship.end?.form ?? 'none',
              timeKeys: [relationship.start.key, ...(relationship.end ? [relationship.end.key] : [])],
            },
          };
          return readLensFold(
            db,
            query,
            schema,
            (): Json[] => [],
            (list, row) => void list.push(row.edge ?? null),
          );
        }),
      );
      const all = perType.flat();
      all.sort(bySinceThenId);
      const state = start();
      for (const row of all) step(state, row);
      return state;
    },
  };
}
