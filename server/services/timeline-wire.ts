// /api/timeline's wire form: edges travel as rows of values under one `fields` header (about half the bytes of one
// object per edge), each row encoded to JSON as it streams in from Neo4j, and the body is joined from those pieces.
import { EDGE_FIELDS } from '../../contract/edge-fields.js';
import type { DatasetInfo, Grouping } from '../../contract/presentation.js';
import type { YearCount, YearRange } from '../../contract/responses.js';
import type { Milestone, Source, Vocabulary } from '../../contract/shapes.js';
import type { EdgeEnds } from '../analysis/union-network.js';
import type { Json } from '../db/convert.js';
import { edgeProps, type ApiNode } from './model.js';
import { YearTally } from './yearly.js';

const PROPS_COLUMN = EDGE_FIELDS.indexOf('props');

/**
 * What the timeline-edges stream leaves behind, gathered row by row as it arrives: each row's JSON text, the ends of
 * every edge (for grouping and the layout) and the per-year tally. The query already gives each row in EDGE_FIELDS order.
 */
export class TimelineEdges {
  readonly rowsJson: string[] = [];
  readonly ends: EdgeEnds[] = [];
  readonly years = new YearTally();

  /** `keepOwnKeys`: rows read through a lens keep every property, even one named like Hulian's own fields. */
  constructor(private readonly options: { keepOwnKeys?: boolean } = {}) {}

  /** Checks and adds one timeline-edges row; throws on a row that is not a list of EDGE_FIELDS values. */
  add(row: Json | undefined): void {
    if (!Array.isArray(row) || row.length !== EDGE_FIELDS.length)
      throw new TypeError('timeline-edges returned a row that is not an edge row');
    const [, source, target, , since, until] = row;
    if (typeof source !== 'string' || typeof target !== 'string' || typeof since !== 'string') {
      throw new TypeError('timeline-edges returned an edge without source, target or since');
    }
    this.ends.push({ source, target });
    this.years.add(since, typeof until === 'string' ? until : null);
    row[PROPS_COLUMN] = edgeProps(row[PROPS_COLUMN], this.options);
    this.rowsJson.push(JSON.stringify(row));
  }
}

export interface TimelineParts {
  range: YearRange | null;
  nodes: ApiNode[];
  edgeRowsJson: string[];
  milestones: Milestone[];
  vocabulary: Vocabulary[];
  sources: Source[];
  years: YearCount[];
  /** The positions object, already as JSON text (`null` when there are no nodes). */
  positionsJson: string;
  dataset: DatasetInfo;
  grouping: Grouping;
}

/** Joins the parts into the body's JSON text, edges as { fields, rows }. */
export function timelineJson(parts: TimelineParts): string {
  const edgeRows = parts.edgeRowsJson.join(',');
  return (
    `{"range":${JSON.stringify(parts.range)},"nodes":${JSON.stringify(parts.nodes)},` +
    `"edges":{"fields":${JSON.stringify(EDGE_FIELDS)},"rows":[${edgeRows}]},` +
    `"milestones":${JSON.stringify(parts.milestones)},"vocabulary":${JSON.stringify(parts.vocabulary)},` +
    `"sources":${JSON.stringify(parts.sources)},"years":${JSON.stringify(parts.years)},"positions":${parts.positionsJson},` +
    `"dataset":${JSON.stringify(parts.dataset)},"grouping":${JSON.stringify(parts.grouping)}}`
  );
}
