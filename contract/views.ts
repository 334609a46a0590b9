// The wire shapes of the views computed in Neo4j (issue #19): the time histogram, which also says whether the client
// replays the whole timeline or asks for one view per step, the view of a date or a window with its counts, and the
// comparison of two dates (Compare on a network shown one view at a time).
import { z } from 'zod';
import { DatasetInfo, Grouping } from './presentation.js';
import { Edge, IsoDay, Node } from './shapes.js';

const count = () => z.number().int().min(0);

/** How the client gets the network: the whole timeline once (small data), or one view per step from the server. */
const Delivery = z
  .enum(['whole', 'views'])
  .meta({ description: 'whole: GET /api/timeline once and replay it in the browser; views: GET /api/view for each step' });

const HistogramBucket = z.object({
  at: IsoDay.meta({ description: "The bucket's last day" }),
  began: count(),
  ended: count(),
});

export const HistogramAnswer = z.object({
  first: IsoDay.nullable().meta({ description: 'The first day of the data; null when it has none' }),
  last: IsoDay.nullable(),
  unit: z.enum(['year', 'month', 'week', 'day']).meta({ description: 'The length of each bucket' }),
  buckets: z.array(HistogramBucket),
  relationships: count().meta({ description: 'Every dated relationship shown, each counted once by its start' }),
  delivery: Delivery,
  grouping: Grouping.nullable().meta({ description: "The groups of views' nodes (views delivery only)" }),
  dataset: DatasetInfo,
});

/** GET /api/histogram's 202 body: the first preparation of a large network is still running; ask again after Retry-After. */
export const HistogramPreparing = z.object({ preparing: z.literal(true), detail: z.string() });

export const ViewAnswer = z.object({
  at: IsoDay,
  after: IsoDay.meta({ description: 'The exclusive start of the period whose changes the view shows' }),
  mode: z.enum(['asof', 'window']),
  counts: z
    .object({
      relationships: count(),
      nodes: count()
        .nullable()
        .meta({ description: 'Active nodes, counted per relationship type and summed; null when a part was too dense to read whole' }),
      byType: z.record(z.string(), count()),
    })
    .meta({ description: 'Everything the view covers, not only what it draws' }),
  nodes: z.array(Node),
  edges: z.array(Edge).meta({ description: 'At most `budget`: those among the most active nodes of the view (docs/scale.md)' }),
  positions: z.record(z.string(), z.tuple([z.number().int(), z.number().int()])),
});

const ChangeIds = z.array(z.string()).meta({ description: 'Ids of the drawn relationships in this class' });

export const CompareAnswer = z.object({
  from: IsoDay,
  to: IsoDay,
  mode: z.enum(['asof', 'window']),
  counts: z
    .object({
      added: count(),
      ended: count(),
      persisted: count(),
      exact: z.boolean().meta({
        description:
          'As of: always (Neo4j counts relationships by their time indexes). Window mode compares node pairs: exact when both windows were read whole, else the pairs among their most active nodes',
      }),
    })
    .meta({ description: 'Relationships (as of) or node pairs (window mode) added, ended and persisted from `from` to `to`' }),
  changes: z.object({ added: ChangeIds, ended: ChangeIds, persisted: ChangeIds }),
  nodes: z.array(Node),
  edges: z.array(Edge).meta({ description: 'At most `budget`: the changes first, of the most active nodes, then what persisted' }),
  positions: z.record(z.string(), z.tuple([z.number().int(), z.number().int()])),
});

export type HistogramAnswer = z.infer<typeof HistogramAnswer>;
export type CompareAnswer = z.infer<typeof CompareAnswer>;
export type ViewAnswer = z.infer<typeof ViewAnswer>;
export type HistogramPreparing = z.infer<typeof HistogramPreparing>;
