// What a console result cell shows, without the DOM: nodes, relationships and paths (as server/db/convert.ts sends
// them) become chips — caption, label or type, and their properties as text — other values text in the locale.
import { kindText, t } from '../i18n';
import { MISSING, nodeCaption, valueText } from './labels';
import type { Lang } from './view-state';

/** What chips look names up in: the loaded timeline's relationship type labels, entities and edges. */
export interface ChipLookup {
  typeLabel(type: string): string;
  nodeLabel(id: string): string;
  nodes: ReadonlyMap<string, unknown>;
  edges: ReadonlyMap<string, { source: string; target: string }>;
}

/** One chip: what it is, its caption and label (kind or type), and its properties as [key, text] pairs. */
export interface Chip {
  kind: 'node' | 'relationship';
  caption: string;
  label: string;
  properties: [string, string][];
}
/** A cell: text, a chip, a path (chips with the direction of each step) or a list of cells. */
export type Cell =
  | { kind: 'text'; text: string }
  | Chip
  | { kind: 'path'; start: Chip; steps: { forward: boolean; relationship: Chip; node: Chip }[] }
  | { kind: 'list'; items: Cell[] };

type Props = Record<string, unknown>;
interface WireNode {
  elementId: string;
  labels: string[];
  properties: Props;
}
interface WireRelationship {
  elementId: string;
  type: string;
  startNodeElementId: string;
  properties: Props;
}
interface WirePath {
  segments: { start: WireNode; relationship: WireRelationship; end: WireNode }[];
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isNode = (value: unknown): value is WireNode =>
  isObject(value) && typeof value.elementId === 'string' && Array.isArray(value.labels) && isObject(value.properties);
const isRelationship = (value: unknown): value is WireRelationship =>
  isObject(value) && typeof value.elementId === 'string' && typeof value.type === 'string' && isObject(value.properties);
const isPath = (value: unknown): value is WirePath => isObject(value) && Array.isArray(value.segments);
/** How names read in `lang`: Chinese names in Chinese, both names in English (as i18n's namesMode). */
const namesIn = (lang: Lang) => (lang === 'zh' ? 'zh' : 'both');
const isGraphValue = (value: unknown) => isNode(value) || isRelationship(value) || isPath(value);

const propertyTexts = (properties: Props, lang: Lang): [string, string][] =>
  Object.entries(properties)
    .filter(([, value]) => value !== null && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => [key, valueText(value, lang)]);

/** A node's chip: its name (or next best caption) and its kinds in the interface language, the Entity label left out. */
function nodeChip(node: WireNode, lang: Lang): Chip {
  const kinds = node.labels.filter((label) => label !== 'Entity');
  const label = kinds.length ? kinds.map(kindText).join(' · ') : (node.labels[0] ?? t('chip.node'));
  return {
    kind: 'node',
    caption: nodeCaption(node.properties, node.labels, namesIn(lang)),
    label,
    properties: propertyTexts(node.properties, lang),
  };
}

/** A relationship's chip: "from → to" (names from the timeline, else its ends' captions) and its type's label. */
function relationshipChip(rel: WireRelationship, lookup: ChipLookup | null, lang: Lang, ends?: [WireNode, WireNode]): Chip {
  const known = typeof rel.properties.id === 'string' ? lookup?.edges.get(rel.properties.id) : undefined;
  const name = (node: WireNode) => {
    const id = node.properties.id;
    return typeof id === 'string' && lookup?.nodes.has(id)
      ? lookup.nodeLabel(id)
      : nodeCaption(node.properties, node.labels, namesIn(lang));
  };
  const from = known && lookup ? lookup.nodeLabel(known.source) : ends ? name(ends[0]) : null;
  const to = known && lookup ? lookup.nodeLabel(known.target) : ends ? name(ends[1]) : null;
  const type = lookup ? lookup.typeLabel(rel.type) : rel.type;
  const properties = propertyTexts(rel.properties, lang);
  return from && to
    ? { kind: 'relationship', caption: `${from} → ${to}`, label: type, properties }
    : { kind: 'relationship', caption: type, label: t('chip.relationship'), properties };
}

/** What one result cell shows: chips for graph values (also inside lists), text for the rest; never "null". */
export function describeCell(value: unknown, lookup: ChipLookup | null, lang: Lang): Cell {
  if (isNode(value)) return nodeChip(value, lang);
  if (isRelationship(value)) return relationshipChip(value, lookup, lang);
  if (isPath(value)) {
    const [first] = value.segments;
    if (!first) return { kind: 'text', text: MISSING };
    const steps = value.segments.map((segment) => {
      const forward = segment.relationship.startNodeElementId === segment.start.elementId;
      const ends: [WireNode, WireNode] = forward ? [segment.start, segment.end] : [segment.end, segment.start];
      return { forward, relationship: relationshipChip(segment.relationship, lookup, lang, ends), node: nodeChip(segment.end, lang) };
    });
    return { kind: 'path', start: nodeChip(first.start, lang), steps };
  }
  if (Array.isArray(value) && value.some(isGraphValue))
    return { kind: 'list', items: value.map((item) => describeCell(item, lookup, lang)) };
  return { kind: 'text', text: valueText(value, lang) };
}
