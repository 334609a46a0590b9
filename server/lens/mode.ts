// Whose database this is: Hulian's (empty, so Hulian makes it, or bearing Hulian's marks) or someone else's ("foreign"),
// which Hulian only reads: no schema, seed, vocabulary or source node is ever written to it.
import type { Database } from '../db/database.js';
import { readFixed } from './run.js';
import { readIndexes } from './schema-read.js';

export type DatabaseMode = 'hulian' | 'foreign';

/** The index backing Hulian's first constraint (cypher/schema.cypher). */
const HULIAN_INDEX = 'entity_id';

/** Reads the database's marks: empty or marked as Hulian's → 'hulian'; anything else → 'foreign'. Writes nothing. */
export async function detectMode(db: Database): Promise<DatabaseMode> {
  const [[marks], indexes] = await Promise.all([readFixed(db, 'hulian-marks'), readIndexes(db)]);
  if (!marks?.holdsNodes) return 'hulian';
  const marked =
    marks.holdsEntities === true ||
    marks.holdsVocabulary === true ||
    indexes.some((index) => index.name === HULIAN_INDEX || (index.labelsOrTypes.join() === 'Entity' && index.properties.join() === 'id'));
  return marked ? 'hulian' : 'foreign';
}
