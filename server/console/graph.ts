// Finds the nodes, relationships and paths in console rows (as convert.ts writes them) and maps them to the
// API's Node and Edge shapes, fetching entities whose ends are missing so every edge can be drawn.
import type { Json } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { nodesByIds } from '../services/graph-service.js';
import { toEdge, toNode, type ApiEdge, type ApiNode } from '../services/model.js';

type JsonMap = { [key: string]: Json };
interface RawNode {
  elementId: string;
  labels: string[];
  properties: JsonMap;
}
interface RawRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: JsonMap;
}

const isMap = (v: Json): v is JsonMap => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRawNode = (v: JsonMap): boolean => typeof v.elementId === 'string' && Array.isArray(v.labels) && isMap(v.properties ?? null);
const isRawRelationship = (v: JsonMap): boolean =>
  typeof v.elementId === 'string' && typeof v.type === 'string' && typeof v.startNodeElementId === 'string' && isMap(v.properties ?? null);

/** Collects every node and relationship value found anywhere in the rows (inside lists, maps and paths too). */
function collectGraphValues(rows: Json[]): { nodes: Map<string, RawNode>; relationships: Map<string, RawRelationship> } {
  const nodes = new Map<string, RawNode>();
  const relationships = new Map<string, RawRelationship>();
  const visit = (value: Json): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isMap(value)) return;
    if (isRawNode(value)) nodes.set(String(value.elementId), value as unknown as RawNode);
    else if (isRawRelationship(value)) relationships.set(String(value.elementId), value as unknown as RawRelationship);
    else Object.values(value).forEach(visit);
  };
  rows.forEach(visit);
  return { nodes, relationships };
}

/** The API id of a raw node: its `id` property (entities, milestones, sources), a RelType's type, else its element id. */
const rawNodeId = (node: RawNode): string => String(node.properties.id ?? node.properties.type ?? node.elementId);

/** A Node for a non-entity (Milestone, Source, RelType): its first label is the kind and it is its own group. */
function otherNode(node: RawNode): ApiNode {
  const p = node.properties;
  return toNode({
    id: rawNodeId(node),
    name: p.name ?? p.title ?? p.label ?? p.type ?? rawNodeId(node),
    nameZh: p.nameZh ?? p.titleZh ?? p.labelZh ?? null,
    kind: node.labels[0] ?? 'Node',
    group: node.labels[0] ?? 'Node',
    aliases: [],
    description: p.description ?? p.note ?? null,
  });
}

/** Maps a raw relationship to an Edge given element id → API id; undated ones (OWNS) get null dates. */
function relationshipToEdge(rel: RawRelationship, idOf: Map<string, string>): ApiEdge {
  const edge = toEdge({
    props: rel.properties,
    type: rel.type,
    source: idOf.get(rel.startNodeElementId) ?? rel.startNodeElementId,
    target: idOf.get(rel.endNodeElementId) ?? rel.endNodeElementId,
  });
  return edge.id ? edge : { ...edge, id: rel.elementId };
}

/** The graph part of a console result: nodes (entities with their group) and edges between them. */
export async function consoleGraph(db: Database, rows: Json[]): Promise<{ nodes: ApiNode[]; edges: ApiEdge[] }> {
  const { nodes, relationships } = collectGraphValues(rows);
  const missing = [...relationships.values()].flatMap((r) => [r.startNodeElementId, r.endNodeElementId]).filter((e) => !nodes.has(e));
  if (missing.length) {
    for (const row of await db.read('nodes-by-element-ids', { elementIds: [...new Set(missing)] })) {
      const labels = Array.isArray(row.labels) ? row.labels.map(String) : [];
      nodes.set(String(row.elementId), { elementId: String(row.elementId), labels, properties: { id: row.id ?? null } });
    }
  }
  const idOf = new Map([...nodes.values()].map((n) => [n.elementId, rawNodeId(n)]));
  const entities = [...nodes.values()].filter((n) => n.labels.includes('Entity'));
  const entityNodes = await nodesByIds(db, entities.map(rawNodeId));
  const others = [...nodes.values()].filter((n) => !n.labels.includes('Entity')).map(otherNode);
  return { nodes: [...entityNodes, ...others], edges: [...relationships.values()].map((r) => relationshipToEdge(r, idOf)) };
}
