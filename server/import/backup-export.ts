// db:backup's core: reads the whole database in one read transaction and turns it back into the importer's own
// JSON format ({ sources, vocabulary, nodes, relationships, milestones, dataset? }), refusing anything that format
// cannot hold.
import type { Json } from '../db/convert.js';
import type { Database } from '../db/database.js';
import { presentationFromProps, type DatasetPresentation } from '../../contract/dataset-presentation.js';
import { RESERVED_PROPERTIES } from './validate.js';

type Props = { [key: string]: Json };
interface NodeRow {
  key: string;
  labels: string[];
  props: Props;
}
interface RelRow {
  key: string;
  type: string;
  props: Props;
  start: string;
  end: string;
}

/** The importer's JSON network format, as written by db:backup and read back by db:restore and `npm run import`. */
export interface BackupFile {
  sources: Props[];
  vocabulary: Props[];
  nodes: Props[];
  relationships: Props[];
  milestones: Props[];
  /** The presentation (the :Dataset node), when the database has one. */
  dataset?: DatasetPresentation;
}

/** Thrown when the database holds data the import format cannot express; nothing is written then. */
class BackupError extends Error {}

const KEYS = {
  Source: ['id', 'title', 'titleEn', 'publisher', 'date', 'datePrecision', 'language', 'url', 'file'],
  RelType: ['type', 'label', 'labelZh', 'description', 'category'],
  Dataset: ['title', 'titleZh', 'subtitle', 'subtitleZh', 'description', 'descriptionZh', 'groups'],
  Entity: ['id', 'kind', 'name', 'nameZh', 'aliases', 'searchKeys', 'owner', 'description'],
  Milestone: [
    'id',
    'date',
    'datePrecision',
    'title',
    'titleZh',
    'note',
    'noteZh',
    'inferredFields',
    'inferredNotes',
    'sources',
    'sourcePointers',
  ],
} as const;
const LINKS = new Set(['OWNS', 'ISSUED_BY', 'CONCERNS']);

/** "2021-09-01" with precision "month" → "2021-09", as the dataset writes partial dates. */
function partialDate(date: Json | undefined, precision: Json | undefined): string | undefined {
  if (typeof date !== 'string') return undefined;
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}

/** Drops null and undefined values, as the loader never stores them. */
const defined = (record: Record<string, unknown>): Props =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== null && v !== undefined)) as Props;

const sourceRefs = (props: Props) =>
  ((props.sources as string[] | undefined) ?? []).map((id, i) => {
    const entry = String((props.sourcePointers as string[] | undefined)?.[i] ?? '');
    return { id, pointer: entry.startsWith(`${id} `) ? entry.slice(id.length + 1) : entry };
  });

/** The two parallel lists the loader stores back as [{field, note}]. */
const inferred = (props: Props) =>
  ((props.inferredFields as string[] | undefined) ?? []).map((field, i) => ({
    field,
    note: String((props.inferredNotes as string[] | undefined)?.[i] ?? ''),
  }));

function kindOf(node: NodeRow): keyof typeof KEYS | null {
  if (node.labels.includes('Entity')) {
    return node.labels.length === 2 && node.labels.includes(String(node.props.kind)) ? 'Entity' : null;
  }
  const [only] = node.labels;
  return node.labels.length === 1 && only && only in KEYS ? (only as keyof typeof KEYS) : null;
}

/** Maps rows of export-nodes / export-relationships to the import format; throws BackupError listing what does not fit. */
function toBackupFile(nodeRows: NodeRow[], relRows: RelRow[]): BackupFile {
  const misfits: string[] = [];
  const byKey = new Map(nodeRows.map((n) => [n.key, n]));
  const kinds = new Map<string, keyof typeof KEYS>();
  for (const node of nodeRows) {
    const kind = kindOf(node);
    const extra = kind ? Object.keys(node.props).filter((k) => !(KEYS[kind] as readonly string[]).includes(k)) : [];
    if (!kind || extra.length)
      misfits.push(
        `node :${node.labels.join(':')} ${JSON.stringify(node.props.id ?? node.props.type ?? null)}${extra.length ? ` (property ${extra.join(', ')})` : ''}`,
      );
    else kinds.set(node.key, kind);
  }
  const idOf = (key: string) => String(byKey.get(key)?.props.id);
  const regulator = new Map<string, string>();
  const concerns = new Map<string, string[]>();
  const relationships: Props[] = [];
  for (const rel of relRows) {
    const [from, to] = [kinds.get(rel.start), kinds.get(rel.end)];
    const linkFits =
      rel.type === 'OWNS'
        ? from === 'Entity' && to === 'Entity' && byKey.get(rel.end)?.props.owner === idOf(rel.start)
        : rel.type === 'ISSUED_BY'
          ? from === 'Milestone' && to === 'Entity' && !regulator.has(rel.start)
          : rel.type === 'CONCERNS'
            ? from === 'Milestone' && to === 'Entity'
            : false;
    if (LINKS.has(rel.type) && Object.keys(rel.props).length === 0 && linkFits) {
      if (rel.type === 'ISSUED_BY') regulator.set(rel.start, idOf(rel.end));
      if (rel.type === 'CONCERNS') concerns.set(rel.start, [...(concerns.get(rel.start) ?? []), idOf(rel.end)]);
      continue;
    }
    if (LINKS.has(rel.type) || from !== 'Entity' || to !== 'Entity' || typeof rel.props.id !== 'string') {
      misfits.push(`relationship :${rel.type} ${JSON.stringify(rel.props.id ?? null)}`);
      continue;
    }
    relationships.push(toRelationship(rel, idOf(rel.start), idOf(rel.end)));
  }
  const owned = nodeRows.filter((n) => kinds.get(n.key) === 'Entity' && n.props.owner != null);
  const ownsCount = relRows.filter((r) => r.type === 'OWNS').length;
  if (owned.length !== ownsCount) misfits.push(`${owned.length} nodes name an owner but ${ownsCount} OWNS relationships exist`);
  if (misfits.length) {
    throw new BackupError(
      `${misfits.length} item(s) cannot be expressed in the import format, so a backup would lose them:\n  ` +
        `${misfits.slice(0, 10).join('\n  ')}${misfits.length > 10 ? `\n  … and ${misfits.length - 10} more` : ''}`,
    );
  }
  const of = (kind: keyof typeof KEYS) => nodeRows.filter((n) => kinds.get(n.key) === kind);
  const [presentation] = of('Dataset');
  return {
    ...(presentation && { dataset: presentationFromProps(presentation.props) }),
    sources: of('Source').map(({ props }) =>
      defined({ ...props, date: partialDate(props.date, props.datePrecision), datePrecision: null, url: props.url ?? null }),
    ),
    vocabulary: of('RelType').map(({ props }) => defined(props)),
    nodes: of('Entity').map(({ props }) => defined(props)),
    relationships,
    milestones: of('Milestone').map(({ key, props }) =>
      defined({
        id: props.id,
        date: partialDate(props.date, props.datePrecision),
        title: props.title,
        titleZh: props.titleZh,
        regulator: regulator.get(key) ?? null,
        concerns: concerns.get(key) ?? [],
        note: props.note,
        noteZh: props.noteZh,
        inferred: inferred(props),
        sources: sourceRefs(props),
      }),
    ),
  };
}

function toRelationship(rel: RelRow, source: string, target: string): Props {
  const p = rel.props;
  const properties = Object.fromEntries(Object.entries(p).filter(([k]) => !(RESERVED_PROPERTIES as readonly string[]).includes(k)));
  return defined({
    id: p.id,
    source,
    target,
    type: rel.type,
    since: partialDate(p.since, p.sincePrecision),
    sinceQualifier: p.sinceQualifier,
    until: partialDate(p.until, p.untilPrecision) ?? null,
    untilQualifier: p.untilQualifier,
    scope: p.scope,
    status: p.status ?? null,
    note: p.note,
    noteZh: p.noteZh,
    inferred: inferred(p),
    sources: sourceRefs(p),
    disagreement:
      p.disputedField == null
        ? null
        : defined({ source: p.disputedSource, field: p.disputedField, value: p.disputedValue, note: p.disputedNote }),
    properties: Object.keys(properties).length ? properties : undefined,
  });
}

/** Reads every node and relationship in one read transaction and returns them in the import format. */
export async function exportDatabase(db: Database): Promise<BackupFile> {
  const [nodes, rels] = await db.withSession('READ', (session) =>
    session.executeRead(async (tx) => [await db.runIn(tx, 'export-nodes'), await db.runIn(tx, 'export-relationships')] as const),
  );
  return toBackupFile(nodes as unknown as NodeRow[], rels as unknown as RelRow[]);
}

/** Counts of a backup's records, for messages. */
export function describeBackup(file: BackupFile): string {
  return (
    `${file.nodes.length} nodes, ${file.relationships.length} relationships, ${file.milestones.length} milestones, ` +
    `${file.sources.length} sources, ${file.vocabulary.length} relationship types`
  );
}
