// How the endpoints read the database in use, the same way for every database: the lens (Hulian's built-in one on its
// own databases, else the lens file, the saved lens or discovery), the schema names its templates may use, and whether
// Hulian's own richer fields (sources, precision, notes, disputes, ownership, milestones, vocabulary) exist here.
import type { Lens, LensRelationship } from '../../contract/lens.js';
import type { Database } from '../db/database.js';
import type { SchemaNames } from './identifiers.js';
import { builtInLens } from './built-in-lens.js';
import { lensStateOf } from './lens-state.js';
import { readFixed } from './run.js';
import { readSchemaNames } from './schema-read.js';

/** Node properties of Hulian's own schema that its endpoints return (where the schema holds them). */
const OWN_NODE_KEYS = ['nameZh', 'kind', 'owner', 'aliases', 'description'] as const;

export interface Reading {
  /** True on a database Hulian made: the built-in lens, node ids in `id`, Hulian's own fields and extras. */
  own: boolean;
  lens: Lens;
  schema: SchemaNames;
  /** The node id key (`id` on Hulian's own databases), or null for element ids. */
  idKey: string | null;
  /** Hulian's own node properties present in the schema (none on a foreign database). */
  nodeKeys: string[];
  /** The lens's relationships whose type the schema holds (only these can be read). */
  present: LensRelationship[];
  /** The database's name (for the title of a foreign one). */
  database: string;
}

/** How long a built-in reading is used before the schema is read again (an import may add types and keys). */
const OWN_TRUST_MS = 1_000;
const cached = new WeakMap<Database, { reading: Promise<Reading | null>; at: number; fingerprint: string }>();

/** Node and relationship counts, from Neo4j's count store (answered at once, whatever the size). */
export async function dataCounts(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await readFixed(db, 'lens-data-counts');
  return { nodes: Number(row?.nodes ?? Number.NaN), relationships: Number(row?.relationships ?? Number.NaN) };
}

/** The data's version as its counts ("nodes/relationships"): what changes when an import or a write lands. */
export async function fingerprintOf(db: Database): Promise<string> {
  const { nodes, relationships } = await dataCounts(db);
  return `${nodes}/${relationships}`;
}

export function readingWith(db: Database, lens: Lens, schema: SchemaNames, own: boolean): Reading {
  return {
    own,
    lens,
    schema,
    idKey: own ? 'id' : null,
    nodeKeys: own ? OWN_NODE_KEYS.filter((k) => schema.propertyKeys.has(k)) : [],
    present: lens.relationships.filter((r) => schema.relationshipTypes.has(r.type)),
    database: db.database,
  };
}

/**
 * The reading of `db`: a foreign database's lens state as start-up (or a saved choice) decided it; on Hulian's own, the
 * built-in lens with the schema read again when the data's counts changed (checked at most every OWN_TRUST_MS).
 * Null when a foreign database has no time property the lens could show.
 */
export async function readingOf(db: Database): Promise<Reading | null> {
  const state = await lensStateOf(db);
  if (state.mode === 'foreign') return state.lens && state.schema ? readingWith(db, state.lens, state.schema, false) : null;
  const entry = cached.get(db);
  const now = Date.now();
  if (entry && now - entry.at < OWN_TRUST_MS) return entry.reading;
  const fingerprint = await fingerprintOf(db);
  if (entry && entry.fingerprint === fingerprint) {
    entry.at = now;
    return entry.reading;
  }
  const reading = Promise.all([builtInLens(db), readSchemaNames(db)]).then(([lens, schema]) => readingWith(db, lens, schema, true));
  const fresh = { reading, at: now, fingerprint };
  cached.set(db, fresh);
  reading.catch(() => cached.get(db) === fresh && cached.delete(db));
  return reading;
}
