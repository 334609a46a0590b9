// /api/timeline's wire form: the client's decoder gives back the same Edges as the object form (model.ts toEdge)
// whatever the column order, the server keeps each checked row as JSON, and the yearly counts
// match their straightforward versions. The end-to-end round trip is in test/integration/api-graph.test.ts.
import { describe, expect, it } from 'vitest';
import { generateNetwork } from '../../bench/generate.js';
import { inForceAt } from '../../contract/dates.js';
import { EDGE_FIELDS } from '../../contract/edge-fields.js';
import { decodeTimeline } from '../../client/src/lib/timeline-wire.js';
import type { Answer } from '../../client/src/types.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { parsePartialDate } from '../../server/import/dates.js';
import type { Json } from '../../server/db/convert.js';
import { toEdge, type ApiEdge } from '../../server/services/model.js';
import { TimelineEdges } from '../../server/services/timeline-wire.js';
import { yearCounts, yearRange } from '../../server/services/yearly.js';

interface RawRelationship {
  id: string;
  source: string;
  target: string;
  type: string;
  since: string | null;
  until?: string | null;
  status?: string | null;
  note?: string | null;
  sources?: { id: string; pointer: string }[];
}
const day = (partial: string | null | undefined) => {
  const parsed = partial ? parsePartialDate(partial) : null;
  return typeof parsed === 'string' ? null : parsed;
};

/** Each dated bundled relationship as the object-form Edge (model.ts toEdge over the stored properties), some disputed;
 * one whose sources give no start date (since null) is in no dated endpoint. */
const edges: ApiEdge[] = (readDatasetDir().relationships as RawRelationship[])
  .filter((r) => r.since !== null)
  .map((r, i) =>
    toEdge({
      type: r.type,
      source: r.source,
      target: r.target,
      props: {
        id: r.id,
        since: day(r.since)?.date ?? null,
        until: day(r.until)?.date ?? null,
        sincePrecision: day(r.since)?.precision ?? null,
        untilPrecision: day(r.until)?.precision ?? null,
        status: r.status ?? null,
        note: r.note ?? null,
        sources: (r.sources ?? []).map((s) => s.id),
        sourcePointers: (r.sources ?? []).map((s) => `${s.id} ${s.pointer}`),
        ...(i % 7 === 0 ? { disputedField: 'since', disputedValue: '2019', disputedSource: 'other-source', disputedNote: null } : {}),
      },
    }),
  );
/** An Edge as a row of the documented wire form: values in `fields` order, sources as [id, pointer] pairs. */
const rowOf = (edge: ApiEdge, fields: readonly string[]) =>
  fields.map((field) => (field === 'sources' ? edge.sources.map((s) => [s.id, s.pointer]) : edge[field as keyof ApiEdge]));
const wireOf = (fields: readonly string[], rows: unknown[][]): Answer<'timeline'> =>
  JSON.parse(
    JSON.stringify({
      range: null,
      nodes: [],
      milestones: [],
      vocabulary: [],
      sources: [],
      years: [],
      positions: null,
      edges: { fields, rows },
    }),
  );

describe('decodeTimeline', () => {
  it('when the edges are not { fields, rows } or a field is missing, then it throws a TypeError naming it', () => {
    expect(() => decodeTimeline({ edges: [] } as unknown as Answer<'timeline'>)).toThrow(TypeError);
    expect(() =>
      decodeTimeline(
        wireOf(
          EDGE_FIELDS.filter((f) => f !== 'until'),
          [],
        ),
      ),
    ).toThrow(/"until"/);
  });

  it('should give back, for every bundled relationship, the same Edge as the object form', () => {
    const decoded = decodeTimeline(
      wireOf(
        EDGE_FIELDS,
        edges.map((e) => rowOf(e, EDGE_FIELDS)),
      ),
    );
    expect(decoded.edges).toEqual(edges);
    expect(decoded.edges.some((e) => e.disputed !== null && e.sources.length > 0)).toBe(true);
  });

  it('should read columns by name, so a different column order decodes the same', () => {
    const reversed = [...EDGE_FIELDS].reverse();
    expect(
      decodeTimeline(
        wireOf(
          reversed,
          edges.map((e) => rowOf(e, reversed)),
        ),
      ).edges,
    ).toEqual(edges);
  });
});

describe('TimelineEdges', () => {
  it('when a row is not an edge row, then it throws rather than send it', () => {
    const gathered = new TimelineEdges();
    expect(() => gathered.add({ id: 'x' })).toThrow(TypeError);
    expect(() => gathered.add(['too', 'short'])).toThrow(TypeError);
    expect(() => gathered.add(EDGE_FIELDS.map(() => null))).toThrow(TypeError);
  });

  it('should keep each row as its JSON text and the two ends of each edge', () => {
    const gathered = new TimelineEdges();
    const rows = edges.map((e) => rowOf(e, EDGE_FIELDS) as Json[]);
    rows.forEach((row) => gathered.add(row));
    expect(gathered.rowsJson.map((text) => JSON.parse(text))).toEqual(rows);
    expect(gathered.ends).toEqual(edges.map((e) => ({ source: e.source, target: e.target })));
  });
});

describe('yearCounts', () => {
  it('when there is no range, then there are no years', () => {
    expect(yearCounts([{ since: '2010-01-01', until: null }], null)).toEqual([]);
  });

  it('should count in force at each year end exactly as inForceAt does, odd spans and dates included', () => {
    const generated = generateNetwork({ nodes: 50, relationships: 2_000, seed: 7 }).relationships as RawRelationship[];
    const dated: Pick<ApiEdge, 'since' | 'until'>[] = [
      ...generated.map((r) => ({ since: day(r.since)!.date, until: day(r.until)?.date ?? null })),
      { since: '2012-12-31', until: '2012-12-31' },
      { since: '2015-06-01', until: '2013-01-01' },
      { since: '2016-01-01', until: '2016-12-31' },
      { since: '2014-03', until: null },
      { since: '2011-05-01', until: '2019' },
    ];
    const range = yearRange(dated)!;
    const years = dated
      .flatMap((e) => [e.since, e.until])
      .filter((d) => d !== null)
      .map((d) => Number(d!.slice(0, 4)));
    expect(range).toEqual({ from: Math.min(...dated.map((e) => Number(e.since!.slice(0, 4)))), to: Math.max(...years) });
    for (const { year, inForce, began } of yearCounts(dated, range)) {
      expect(inForce).toBe(dated.filter((e) => inForceAt(e, `${year}-12-31`)).length);
      expect(began).toBe(dated.filter((e) => e.since!.startsWith(String(year))).length);
    }
  });
});
