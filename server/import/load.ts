// Writes a validated dataset through the named import queries in UNWIND batches, all in ONE write
// transaction: a failure anywhere writes nothing. MERGE on ids makes loading twice change nothing; each query also counts
// the records that were already there, inside the same transaction, so a re-run can say it created nothing.
import neo4j from 'neo4j-driver';
import type { Database } from '../db/database.js';
import type { Dataset } from './dataset-schema.js';
import { parsePartialDate, parsePartialEnd, type PartialDate } from './dates.js';
import { checkPresentation, presentationProps } from './presentation-schema.js';
import { validateDataset, ValidationError, type RawDataset, type ValidateOptions } from './validate.js';

const BATCH_SIZE = 5_000;
/** Steps whose query returns `written`; fewer than sent means an end node vanished, so the load aborts. */
const COUNTED_STEPS = new Set(['import-relationships', 'import-ownership']);

/** Thrown inside the load transaction when Neo4j wrote fewer rows than sent; the transaction rolls back. */
export class LoadIncompleteError extends Error {}

export interface LoadOptions extends ValidateOptions {
  /** Delete everything first, in the same transaction. */
  replace?: boolean;
  /** Keep the database's presentation (its :Dataset node) when it has one; else `raw.presentation` replaces it. */
  keepPresentation?: boolean;
  /** Called once validation has passed, as the write transaction starts. */
  onWriteStart?: () => void;
  /** Called after each batch with the records written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadSummary {
  sources: number;
  nodes: number;
  relationships: number;
  milestones: number;
  ms: number;
}

/** The parts of a dataset the loader writes, each counted separately. */
const LOAD_PARTS = ['sources', 'vocabulary', 'nodes', 'ownership', 'relationships', 'milestones'] as const;
export type LoadPart = (typeof LOAD_PARTS)[number];
export type PartCounts = Record<LoadPart, number>;

/** A load's summary, plus what it found already in the database and how long the write transaction took. */
export interface LoadReport extends LoadSummary {
  /** Records of each part that the load created. */
  created: PartCounts;
  /** Records of each part that were already in the database (matched by id and refreshed from the file). */
  present: PartCounts;
  /** The write transaction alone (batches and commit), without validation. */
  writeMs: number;
}

const zeroCounts = (): PartCounts => ({ sources: 0, vocabulary: 0, nodes: 0, ownership: 0, relationships: 0, milestones: 0 });

const toDate = (value: PartialDate) => {
  const [y, m, d] = value.date.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
};
const dateProps = (prefix: string, raw: string | null | undefined) => {
  const parsed = raw == null ? null : (prefix === 'until' ? parsePartialEnd : parsePartialDate)(raw); // an end: its period's last day
  if (parsed === null || typeof parsed === 'string') return { [prefix]: null, [`${prefix}Precision`]: null };
  return { [prefix]: toDate(parsed), [`${prefix}Precision`]: parsed.precision };
};
const pointers = (refs: { id: string; pointer: string }[]) => refs.map((r) => `${r.id} ${r.pointer}`);
/** Inferred fields as two parallel lists (Neo4j properties cannot hold maps). */
const inferredProps = (inferred: { field: string; note: string }[]) => ({
  inferredFields: inferred.map((f) => f.field),
  inferredNotes: inferred.map((f) => f.note),
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
    relationships: dataset.relationships.map((r) => ({
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
    })),
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

/** Validates, then loads the dataset in one transaction. Throws ValidationError before writing anything. */
export async function loadDataset(db: Database, raw: RawDataset, options: LoadOptions = {}): Promise<LoadReport> {
  const started = Date.now();
  const { dataset, issues } = validateDataset(raw, options);
  if (issues.length) throw new ValidationError(issues);
  const presentation = raw.presentation ? presentationProps(checkPresentation(raw.presentation)) : null;
  const rows = toRows(dataset);
  const steps: [LoadPart, unknown[]][] = LOAD_PARTS.map((part) => [part, rows[part]]);
  const total = steps.reduce((sum, [, list]) => sum + list.length, 0);
  const writeStarted = Date.now();
  options.onWriteStart?.();
  const present = await db.writeTransaction(async (tx) => {
    // The transaction function may be retried: count from zero on every attempt.
    const found = zeroCounts();
    let done = 0;
    if (options.replace) await db.runIn(tx, 'wipe-all');
    for (const [part, list] of steps) {
      const name = `import-${part}`;
      for (let i = 0; i < list.length; i += BATCH_SIZE) {
        const batch = list.slice(i, i + BATCH_SIZE);
        const [result] = await db.runIn(tx, name, { rows: batch });
        if (COUNTED_STEPS.has(name) && Number(result?.written) !== batch.length) {
          throw new LoadIncompleteError(
            `${name}: only ${Number(result?.written)} of ${batch.length} rows in batch ${i / BATCH_SIZE + 1} found both end nodes in the database; nothing was written`,
          );
        }
        found[part] += Number(result?.present ?? 0);
        done += batch.length;
        options.onProgress?.(done, total);
      }
    }
    if (presentation)
      await db.runIn(tx, options.keepPresentation ? 'dataset-presentation-add' : 'dataset-presentation-put', { props: presentation });
    return found;
  }, 10 * 60_000);
  const created = Object.fromEntries(steps.map(([part, list]) => [part, list.length - present[part]])) as PartCounts;
  return {
    sources: dataset.sources.length,
    nodes: dataset.nodes.length,
    relationships: dataset.relationships.length,
    milestones: dataset.milestones.length,
    ms: Date.now() - started,
    created,
    present,
    writeMs: Date.now() - writeStarted,
  };
}
