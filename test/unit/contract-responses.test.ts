// contract/responses.ts: the contract parses real payloads (the bundled dataset mapped by the server's own row mappers
// in model.ts and joined by the timeline's wire builder, and the examples in docs/api.md) and refuses the drifts it
// exists to stop: a missing nameZh, an impossible date, a console answer without its limits.
import { describe, expect, it } from 'vitest';
import { inForceAt } from '../../contract/dates.js';
import { EDGE_FIELDS } from '../../contract/edge-fields.js';
import { EdgeRows, responses } from '../../contract/responses.js';
import { Problem } from '../../contract/shapes.js';
import type { Json } from '../../server/db/convert.js';
import { datasetInfo } from '../../server/analysis/dataset-info.js';
import { groupNodes } from '../../server/analysis/grouping.js';
import { readDatasetDir } from '../../server/import/bundled.js';
import { parsePartialDate } from '../../server/import/dates.js';
import { toEdge, toMilestone, toNode, toSource, toVocabulary } from '../../server/services/model.js';
import { TimelineEdges, timelineJson } from '../../server/services/timeline-wire.js';

type Raw = Record<string, Json> & { id: string };
const raw = readDatasetDir() as unknown as Record<'nodes' | 'relationships' | 'milestones' | 'vocabulary' | 'sources', Raw[]>;
const day = (text: Json | undefined) => {
  const parsed = typeof text === 'string' ? parsePartialDate(text) : null;
  return parsed === null || typeof parsed === 'string' ? { date: null, precision: null } : parsed;
};
const refs = (sources: Json | undefined) => {
  const list = (sources ?? []) as { id: string; pointer: string }[];
  return { sources: list.map((s) => s.id), sourcePointers: list.map((s) => `${s.id} ${s.pointer}`) };
};

/** The bundled data as the server maps it, plus an entity imported from an edge list (no Chinese name). Relationships
 * whose sources give no start date (since null) are in no dated endpoint, so only the dated ones are mapped. */
const dated = raw.relationships.filter((r) => r.since !== null);
const nodes = [...raw.nodes, { id: 'imported-club', name: 'Club', kind: 'Node' }].map((n) => toNode({ ...n, group: n.id }));
const edges = dated.map((r) =>
  toEdge({
    type: r.type!,
    source: r.source!,
    target: r.target!,
    props: {
      id: r.id,
      since: day(r.since).date,
      sincePrecision: day(r.since).precision,
      until: day(r.until).date,
      untilPrecision: day(r.until).precision,
      status: r.status ?? null,
      note: r.note ?? null,
      ...refs(r.sources),
    },
  }),
);
const milestones = raw.milestones.map((m) =>
  toMilestone({
    props: { ...m, date: day(m.date).date, datePrecision: day(m.date).precision, ...refs(m.sources) },
    regulator: m.regulator ?? null,
    concerns: m.concerns ?? [],
  }),
);

function timelineBody(): unknown {
  const gathered = new TimelineEdges();
  for (const edge of edges) {
    gathered.add(EDGE_FIELDS.map((field) => (field === 'sources' ? edge.sources.map((s) => [s.id, s.pointer]) : edge[field])) as Json);
  }
  const range = gathered.years.range(milestones);
  return JSON.parse(
    timelineJson({
      range,
      nodes,
      edgeRowsJson: gathered.rowsJson,
      milestones,
      vocabulary: raw.vocabulary.map(toVocabulary),
      sources: raw.sources.map((s) => toSource({ ...s, date: day(s.date).date })),
      years: gathered.years.counts(range),
      positionsJson: JSON.stringify(Object.fromEntries(nodes.map((n, i) => [n.id, [i * 50, 0]]))),
      dataset: datasetInfo(
        null,
        raw.sources.map((s) => ({ title: String(s.title) })),
      ),
      grouping: groupNodes(nodes, edges, null).grouping,
    }),
  );
}

describe('the contract on real payloads', () => {
  it('should parse the bundled dataset as /api/timeline sends it, a node without a Chinese name included', () => {
    const parsed = responses.timeline.parse(timelineBody());
    expect(parsed.nodes.find((n) => n.id === 'imported-club')?.nameZh).toBeNull();
    expect(parsed.edges.rows).toHaveLength(dated.length);
  });

  it('should parse /api/graph, /api/nodes/:id and /api/diff answers built from the bundled data', () => {
    const at = '2021-09-17';
    const live = edges.filter((e) => inForceAt(e, at));
    expect(responses.graph.safeParse({ at, nodes, edges: live }).error).toBeUndefined();
    const [node, other] = nodes as [(typeof nodes)[0], (typeof nodes)[0]];
    const relationships = edges.slice(0, 5).map((e) => ({ ...e, direction: 'out', other }));
    expect(
      responses.node.safeParse({ node, owner: null, owns: [other], relationships, relationshipCount: relationships.length, milestones })
        .error,
    ).toBeUndefined();
    const counts = { added: live.length, ended: 0, unchanged: 0 };
    expect(responses.diff.safeParse({ from: '2008-01-01', to: at, added: live, ended: [], unchanged: [], counts }).error).toBeUndefined();
  });

  it('should parse the timeline edge row that docs/api.md gives as its example', () => {
    const row = [
      'meituan-waimai-blocks-alipay-2020-08',
      'meituan-waimai',
      'alipay',
      'BLOCKS',
      '2020-08-01',
      null,
      'month',
      null,
      'payment-not-accepted',
      'Users complained …',
      [['caijing-wall-breaking-accelerates-2024-05-22', 'line 30']],
      null,
      'by',
      null,
      null,
      '2020年8月,用户投诉美团外卖无法使用支付宝…',
      [],
      {},
    ];
    expect(EdgeRows.safeParse({ fields: [...EDGE_FIELDS], rows: [row] }).error).toBeUndefined();
  });

  it('should parse a console answer whose graph holds an undated OWNS edge, and problems with extension members', () => {
    const owns = { ...edges[0]!, id: '5:abc:12', type: 'OWNS', since: null, sincePrecision: null, sources: [] };
    const answer = {
      columns: ['n'],
      rows: [{ n: 1 }],
      truncated: true,
      truncatedBy: 'bytes',
      rowLimit: 1000,
      maxBytes: 4_000_000,
      timing: { ms: 12 },
      graph: { nodes: nodes.slice(0, 2), edges: [owns] },
    };
    expect(responses.cypher.safeParse(answer).error).toBeUndefined();
    const syntax = {
      type: 'about:blank',
      title: 'Invalid query',
      status: 400,
      detail: 'Invalid input',
      instance: '/api/cypher',
      field: 'query',
      code: 'Neo.ClientError.Statement.SyntaxError',
      gqlStatus: '42001',
      position: { line: 1, column: 7, offset: 6 },
    };
    expect(Problem.safeParse(syntax).error).toBeUndefined();
  });
});

describe('the contract refuses drift', () => {
  it('when a node has no nameZh at all (rather than null), then it is refused', () => {
    const { nameZh: _dropped, ...withoutZh } = nodes[0]!;
    expect(responses.graph.safeParse({ at: '2021-01-01', nodes: [withoutZh], edges: [] }).success).toBe(false);
  });

  it('when an edge has an impossible or missing since outside the console, then it is refused', () => {
    for (const since of ['2021-02-30', '2021-9-1', null]) {
      expect(responses.graph.safeParse({ at: '2021-01-01', nodes: [], edges: [{ ...edges[0]!, since }] }).success).toBe(false);
    }
  });

  it('when a console answer lacks maxBytes or names another truncation, then it is refused', () => {
    const answer = {
      columns: [],
      rows: [],
      truncated: false,
      truncatedBy: null,
      rowLimit: 1000,
      maxBytes: 1,
      timing: { ms: 1 },
      graph: { nodes: [], edges: [] },
    };
    expect(responses.cypher.safeParse(answer).success).toBe(true);
    const { maxBytes: _dropped, ...withoutMaxBytes } = answer;
    expect(responses.cypher.safeParse(withoutMaxBytes).success).toBe(false);
    expect(responses.cypher.safeParse({ ...answer, truncated: true, truncatedBy: 'time' }).success).toBe(false);
  });
});
