// The one set of functions that map query rows into the API's shapes (Node, Edge, Milestone, Vocabulary entry, Source),
// whose types come from the contract (contract/shapes.ts). Every route and the console build their output through these.
import type { Json } from '../db/convert.js';
import { RESERVED_PROPERTIES } from '../import/validate.js';
import type { EdgeProps } from '../../contract/presentation.js';
import {
  DateQualifier,
  Precision,
  ScopeName,
  VocabularyCategory,
  type ConsoleEdge,
  type Milestone,
  type Node,
  type Source,
  type SourceRef,
  type Vocabulary,
} from '../../contract/shapes.js';

/** A Node as sent (contract/shapes.ts). */
export type ApiNode = Node;
/** Any relationship as an edge: a dated one (every endpoint but the console) always has `since`, OWNS in the console not. */
export type ApiEdge = ConsoleEdge;

type JsonMap = { [key: string]: Json };
const text = (value: Json | undefined): string | null => (value === null || value === undefined ? null : String(value));
const texts = (value: Json | undefined): string[] => (Array.isArray(value) ? value.map(String) : []);
/** The value when the enum has it, else `fallback`. */
const oneOf = <T extends string, F>(values: readonly T[], value: Json | undefined, fallback: F): T | F =>
  (values as readonly Json[]).includes(value ?? null) ? (value as T) : fallback;
const precision = (value: Json | undefined) => oneOf(Precision.options, value, null);

/** Pairs inferred field names with their notes (stored as two parallel lists by the loader). */
function toInferred(fields: Json | undefined, notes: Json | undefined): { field: string; note: string }[] {
  const noteList = texts(notes);
  return texts(fields).map((field, i) => ({ field, note: noteList[i] ?? '' }));
}

/** Pairs source ids with their "<id> line N" pointers (stored as two parallel lists). */
function toSourceRefs(ids: Json | undefined, pointers: Json | undefined): SourceRef[] {
  const pointerList = texts(pointers);
  return texts(ids).map((id, i) => {
    const pointer = pointerList[i] ?? '';
    return { id, pointer: pointer.startsWith(`${id} `) ? pointer.slice(id.length + 1) : pointer };
  });
}

/** The relationship property keys Hulian stores itself (the loader's reserved names); any other key is the
 * relationship's own (an Edge's `props`). */
const OWN_EDGE_KEYS = RESERVED_PROPERTIES;
const ownEdgeKeys = new Set<string>(OWN_EDGE_KEYS);

/** The relationship's own properties from [key, value] pairs or a property map: Hulian's keys (unless `keepOwnKeys`, for
 * a foreign database's rows, whose keys are all the user's) and values that are not a number, string or boolean (lists,
 * maps, nulls) are left out; temporal values arrive as ISO text. */
export function edgeProps(from: Json | undefined, { keepOwnKeys = false } = {}): EdgeProps {
  const pairs = Array.isArray(from) ? from : Object.entries((from ?? {}) as JsonMap);
  const props: EdgeProps = {};
  for (const pair of pairs) {
    if (!Array.isArray(pair) || pair.length !== 2) continue;
    const [key, value] = pair;
    if (typeof key !== 'string' || (!keepOwnKeys && ownEdgeKeys.has(key))) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') props[key] = value;
  }
  return props;
}

/** Maps a node projection (see entity-nodes.cypher) to a Node. */
export function toNode(raw: Json | undefined): ApiNode {
  const n = (raw ?? {}) as JsonMap;
  return {
    id: String(n.id),
    name: String(n.name ?? n.id),
    nameZh: text(n.nameZh),
    kind: String(n.kind ?? 'Node'),
    owner: text(n.owner),
    group: String(n.group ?? n.id),
    aliases: texts(n.aliases),
    description: text(n.description),
  };
}

/** Maps an edge row {props, type, source, target} to an Edge. */
export function toEdge(raw: Json | undefined): ApiEdge {
  const row = (raw ?? {}) as JsonMap;
  const p = (row.props ?? {}) as JsonMap;
  return {
    id: String(p.id ?? ''),
    source: String(row.source),
    target: String(row.target),
    type: String(row.type),
    since: text(p.since),
    until: text(p.until),
    sincePrecision: precision(p.sincePrecision),
    untilPrecision: precision(p.untilPrecision),
    status: text(p.status),
    note: text(p.note),
    sources: toSourceRefs(p.sources, p.sourcePointers),
    disputed: p.disputedField
      ? {
          field: String(p.disputedField),
          value: text(p.disputedValue),
          source: text(p.disputedSource),
          note: text(p.disputedNote),
        }
      : null,
    sinceQualifier: oneOf(DateQualifier.options, p.sinceQualifier, null),
    untilQualifier: oneOf(['by'] as const, p.untilQualifier, null),
    scope: oneOf(ScopeName.options, p.scope, null),
    noteZh: text(p.noteZh),
    inferred: toInferred(p.inferredFields, p.inferredNotes),
    props: edgeProps(p),
  };
}

/** Maps a milestone row {props, regulator, concerns} to a Milestone. */
export function toMilestone(raw: Json | undefined): Milestone {
  const row = (raw ?? {}) as JsonMap;
  const p = (row.props ?? {}) as JsonMap;
  return {
    id: String(p.id),
    date: text(p.date),
    datePrecision: precision(p.datePrecision),
    title: String(p.title ?? p.id),
    titleZh: text(p.titleZh),
    note: text(p.note),
    noteZh: text(p.noteZh),
    inferred: toInferred(p.inferredFields, p.inferredNotes),
    regulator: text(row.regulator),
    concerns: texts(row.concerns),
    sources: toSourceRefs(p.sources, p.sourcePointers),
  };
}

/** Maps a vocabulary row to a Vocabulary entry. */
export function toVocabulary(row: JsonMap): Vocabulary {
  return {
    type: String(row.type),
    label: String(row.label ?? row.type),
    labelZh: text(row.labelZh),
    description: String(row.description ?? ''),
    category: oneOf(VocabularyCategory.options, row.category, 'commercial'),
  };
}

/** Maps a source row to a Source. */
export function toSource(row: JsonMap): Source {
  return {
    id: String(row.id),
    title: String(row.title ?? row.id),
    titleEn: text(row.titleEn),
    publisher: String(row.publisher ?? ''),
    date: text(row.date),
    language: String(row.language ?? ''),
    url: text(row.url),
    file: text(row.file),
  };
}
