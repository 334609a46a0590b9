// The audit fields (scope, since/until qualifiers, noteZh, inferred) on the wire: what the loader stores comes back
// through model.ts as the contract's Edge and Milestone, and through the timeline's rows and the client's decoder.
import { describe, expect, it } from 'vitest';
import { decodeTimeline } from '../../client/src/lib/timeline-wire.js';
import { EDGE_FIELDS } from '../../contract/edge-fields.js';
import { EdgeRows } from '../../contract/responses.js';
import { Edge, Milestone } from '../../contract/shapes.js';
import type { Json } from '../../server/db/convert.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { toRows } from '../../server/import/load.js';
import { validateDataset } from '../../server/import/validate.js';
import { toEdge, toMilestone } from '../../server/services/model.js';

type Rec = Record<string, unknown>;
const raw = readDatasetDir();
const rows = toRows(validateDataset(raw).dataset);
/** Neo4j dates as the driver's values turn into text on the way out (db/convert.ts); here String() does the same. */
const stored = (props: Rec): Record<string, Json> =>
  Object.fromEntries(
    Object.entries(props).map(([k, v]) => [k, v !== null && typeof v === 'object' && !Array.isArray(v) ? String(v) : (v as Json)]),
  );
const edgeOf = (id: string) => {
  const row = rows.relationships.find((r) => r.id === id)!;
  return toEdge({ type: row.type, source: row.source, target: row.target, props: stored(row.props) });
};
const record = (id: string) => (raw.relationships as Rec[]).find((r) => r.id === id)!;

describe('the audit fields on the wire', () => {
  it.each([
    ['wechat-hosts-mini-program-of-tmall-2023'],
    ['wechat-blocks-taotian-group-2024-09-mini-programs'],
    ['wechat-allows-links-to-tmall-2021-11-29'],
    ['taote-accepts-payment-from-wechat-pay-2024'],
  ])('should send %s with the scope, qualifiers, Chinese note and inferred fields of its record', (id) => {
    const edge = edgeOf(id);
    const source = record(id);
    expect(Edge.safeParse(edge).error).toBeUndefined();
    expect(edge).toMatchObject({
      scope: source.scope,
      sinceQualifier: source.sinceQualifier,
      untilQualifier: source.untilQualifier,
      noteZh: source.noteZh,
      inferred: source.inferred,
    });
  });

  it("should send a milestone's Chinese note and inferred fields", () => {
    const source = (raw.milestones as Rec[]).find((m) => (m.inferred as unknown[]).length > 0)!;
    const row = rows.milestones.find((m) => m.id === source.id)!;
    const milestone = toMilestone({ props: stored(row.props), regulator: row.regulator, concerns: row.concerns });
    expect(Milestone.safeParse(milestone).error).toBeUndefined();
    expect(milestone).toMatchObject({ noteZh: source.noteZh, inferred: source.inferred });
  });

  it("should carry the fields through a timeline row and the client's decoder", () => {
    const edge = edgeOf('wechat-hosts-mini-program-of-tmall-2023');
    const row = EDGE_FIELDS.map((field) => (field === 'sources' ? edge.sources.map((s) => [s.id, s.pointer]) : edge[field]));
    expect(EdgeRows.safeParse({ fields: [...EDGE_FIELDS], rows: [row] }).error).toBeUndefined();
    const wire = JSON.parse(
      JSON.stringify({
        range: null,
        nodes: [],
        edges: { fields: EDGE_FIELDS, rows: [row] },
        milestones: [],
        vocabulary: [],
        sources: [],
        years: [],
        positions: null,
      }),
    );
    expect(decodeTimeline(wire).edges[0]).toEqual(edge);
  });
});
