// Maps the rows of the lens templates (cypher/lens) to the API's shapes, one way for every database: nodes (caption,
// kind and group from the lens; Hulian's own fields where its schema holds them) and edges (Hulian's own fields from
// its reserved properties on its own data; on a foreign one every property but the start and end keys is `props`).
import type { Json } from '../db/convert.js';
import { nodeCaption } from '../lens/captions.js';
import type { Reading } from '../lens/reading.js';
import { edgeProps, toEdge, toNode, type ApiEdge, type ApiNode } from './model.js';

type JsonMap = { [key: string]: Json };
const list = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);
const textOrNull = (value: Json | undefined) => (typeof value === 'string' ? value : null);

/** A node row [id, labels, caption, group, extras] as a Node. */
export function nodeOf(raw: Json | undefined, reading: Reading): ApiNode {
  const [id, labels, caption, group, extras] = list(raw);
  const nodeId = String(id);
  const kind = reading.lens.labels.find((label) => list(labels).includes(label)) ?? reading.lens.labels[0] ?? 'Node';
  if (reading.own) {
    const node = toNode({ ...((extras ?? {}) as JsonMap), id: nodeId, name: caption ?? nodeId });
    // The last grouping computed overrides this (withCurrentGroups); until then: regulators, else the owner's camp.
    return { ...node, group: node.kind === 'Regulator' ? 'regulator' : (node.owner ?? node.id) };
  }
  const byProperty = reading.lens.group.by === 'property';
  return {
    id: nodeId,
    name: nodeCaption(kind, caption, nodeId),
    nameZh: null,
    kind,
    owner: null,
    group: byProperty ? (group === null || group === undefined ? '' : String(group)) : kind,
    aliases: [],
    description: null,
  };
}

/** The lens entry of a relationship type (its start and end keys and forms). */
const relationshipOf = (reading: Reading, type: string) => reading.lens.relationships.find((r) => r.type === type);

/** An edge row [id, source, target, type, since, until, properties] as an Edge. */
export function edgeOf(raw: Json | undefined, reading: Reading): ApiEdge {
  const [id, source, target, type, since, until, properties] = list(raw);
  const props = (properties ?? {}) as JsonMap;
  const [sinceDay, untilDay] = [textOrNull(since), textOrNull(until)];
  if (reading.own) {
    const edge = toEdge({
      props: { ...props, since: sinceDay, until: untilDay },
      type: String(type),
      source: source ?? null,
      target: target ?? null,
    });
    return { ...edge, id: String(id ?? '') };
  }
  const lensEntry = relationshipOf(reading, String(type));
  const timeKeys = new Set([lensEntry?.start.key, lensEntry?.end?.key]);
  const own = Object.fromEntries(Object.entries(props).filter(([key]) => !timeKeys.has(key)));
  return {
    id: String(id),
    source: String(source),
    target: String(target),
    type: String(type),
    since: sinceDay,
    until: untilDay,
    sincePrecision: lensEntry?.start.form === 'year' ? 'year' : null,
    untilPrecision: lensEntry?.end?.form === 'year' && untilDay ? 'year' : null,
    status: null,
    note: null,
    sources: [],
    disputed: null,
    sinceQualifier: null,
    untilQualifier: null,
    scope: null,
    noteZh: null,
    inferred: [],
    props: edgeProps(own, { keepOwnKeys: true }),
  };
}

/** An Edge as a /api/timeline row, in EDGE_FIELDS order (sources as [id, pointer] pairs, props as [key, value] pairs). */
export function wireRowOf(edge: ApiEdge): Json[] {
  return [
    edge.id,
    edge.source,
    edge.target,
    edge.type,
    edge.since,
    edge.until,
    edge.sincePrecision,
    edge.untilPrecision,
    edge.status,
    edge.note,
    edge.sources.map((s) => [s.id, s.pointer]),
    edge.disputed,
    edge.sinceQualifier ?? null,
    edge.untilQualifier ?? null,
    edge.scope ?? null,
    edge.noteZh ?? null,
    edge.inferred ?? [],
    Object.entries(edge.props ?? {}),
  ];
}

/** A path row's nodes ([element id, id] pairs) and edges (ends as element ids) as ids and Edges. */
export function pathOf(nodes: Json | undefined, edges: Json | undefined, reading: Reading) {
  const idOf = new Map(list(nodes).map((pair) => list(pair).map(String) as [string, string]));
  return {
    nodes: list(nodes).map((pair) => String(list(pair)[1])),
    edges: list(edges).map((row) => {
      const [id, source, target, ...rest] = list(row);
      return edgeOf([id ?? null, idOf.get(String(source)) ?? null, idOf.get(String(target)) ?? null, ...rest], reading);
    }),
  };
}
