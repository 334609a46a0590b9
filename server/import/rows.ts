// Turns validated dataset records into the rows the import queries expect: dates as Neo4j dates with their
// precision, sources as ids plus "id pointer" texts, inferred fields as two parallel lists (no maps in properties).
import neo4j from 'neo4j-driver';
import type { Dataset } from './dataset-schema.js';
import { parsePartialDate, parsePartialEnd, type PartialDate } from './dates.js';

/** A partial date as a Neo4j date (its first day, or last for an end: see dates.ts). */
export const toDate = (value: PartialDate) => {
  const [y, m, d] = value.date.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
};
const dateProps = (prefix: string, raw: string | null | undefined) => {
  const parsed = raw == null ? null : (prefix === 'until' ? parsePartialEnd : parsePartialDate)(raw); // an end: its period's last day
  if (parsed === null || typeof parsed === 'string') return { [prefix]: null, [`${prefix}Precision`]: null };
  return { [prefix]: toDate(parsed), [`${prefix}Precision`]: parsed.precision };
};
const pointers = (refs: { id: string; pointer: string }[]) => refs.map((r) => `${r.id} ${r.pointer}`);
/** Inferred fields as two parallel lists (Neo4j properties cannot hold maps); none is no property at all, as the
 * batched import writes them (pending-rows.ts), so either way of loading stores the same records. */
const inferredProps = (inferred: { field: string; note: string }[]) => ({
  inferredFields: inferred.length ? inferred.map((f) => f.field) : null,
  inferredNotes: inferred.length ? inferred.map((f) => f.note) : null,
});

/** Turns each dataset part into the rows its import query expects. */
export function toRows(dataset: Dataset) {
  return {
    sources: dataset.sources.map(({ id, ...rest }) => ({ id, props: { ...rest, ...dateProps('date', rest.date), url: rest.url ?? null } })),
    vocabulary: dataset.vocabulary.map((v) => ({ ...v, labelZh: v.labelZh ?? null })),
    nodes: dataset.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      props: {
        kind: n.kind,
        name: n.name,
        nameZh: n.nameZh ?? null,
        aliases: n.aliases,
        searchKeys: n.searchKeys,
        owner: n.owner ?? null,
        description: n.description ?? null,
      },
    })),
    ownership: dataset.nodes.filter((n) => n.owner).map((n) => ({ owner: n.owner!, id: n.id })),
    relationships: dataset.relationships.map(relationshipRow),
    milestones: dataset.milestones.map((m) => ({
      id: m.id,
      regulator: m.regulator ?? null,
      concerns: m.concerns,
      props: {
        ...dateProps('date', m.date),
        title: m.title,
        titleZh: m.titleZh,
        note: m.note ?? null,
        noteZh: m.noteZh ?? null,
        ...inferredProps(m.inferred),
        sources: m.sources.map((s) => s.id),
        sourcePointers: pointers(m.sources),
      },
    })),
  };
}

/** One relationship as the row import-relationships (and the batched writer) expects. */
export function relationshipRow(r: Dataset['relationships'][number]) {
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    props: {
      ...r.properties,
      ...dateProps('since', r.since),
      ...dateProps('until', r.until),
      sinceQualifier: r.sinceQualifier ?? null,
      untilQualifier: r.untilQualifier ?? null,
      scope: r.scope ?? null,
      status: r.status ?? null,
      note: r.note ?? null,
      noteZh: r.noteZh ?? null,
      ...inferredProps(r.inferred),
      sources: r.sources.map((s) => s.id),
      sourcePointers: pointers(r.sources),
      disputedField: r.disagreement?.field ?? null,
      disputedValue: r.disagreement?.value ?? null,
      disputedSource: r.disagreement?.source ?? null,
      disputedNote: r.disagreement?.note ?? null,
    },
  };
}
