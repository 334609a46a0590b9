// Runs rendered lens templates through the process's driver in READ transactions (never a write: a foreign database is
// read-only), as plain-JSON rows or folded row by row as they stream in.
import neo4j from 'neo4j-driver';
import { recordToJson } from '../db/convert.js';
import { foldResult } from '../db/fold-result.js';
import type { Database, Params, Row } from '../db/database.js';
import { translateNeo4jError } from '../db/errors.js';
import type { SchemaNames } from './identifiers.js';
import { lensTemplate, renderTemplate, type Bindings } from './templates.js';

/** Renders a template and checks its parameters (declared = supplied), returning the text to run. */
function prepare(name: string, bindings: Bindings, schema: SchemaNames, params: Params): string {
  const template = lensTemplate(name);
  const declared = new Set(template.params.map((p) => p.name));
  const supplied = Object.keys(params);
  if (supplied.length !== declared.size || supplied.some((key) => !declared.has(key)))
    throw new Error(`${name}: parameters ${supplied.join(', ') || '(none)'} do not match @param ${[...declared].join(', ') || '(none)'}`);
  return renderTemplate(template, bindings, schema);
}

/** Runs lens template `name` (rendered with `bindings`) in a READ transaction and returns plain-JSON rows. */
export async function readLens(db: Database, name: string, bindings: Bindings, schema: SchemaNames, params: Params = {}): Promise<Row[]> {
  const text = prepare(name, bindings, schema, params);
  try {
    const result = await db.driver.executeQuery(text, params, {
      routing: neo4j.routing.READ,
      database: db.database,
      transactionConfig: { timeout: db.queryTimeoutMs },
    });
    return result.records.map(recordToJson);
  } catch (error) {
    throw translateNeo4jError(error);
  }
}

/** Like readLens, but folds each row into `state` as it arrives (`start` makes a fresh state for each attempt). */
export async function readLensFold<S>(
  db: Database,
  query: { name: string; bindings: Bindings; params: Params },
  schema: SchemaNames,
  start: () => S,
  step: (state: S, row: Row) => void,
): Promise<S> {
  const text = prepare(query.name, query.bindings, schema, query.params);
  return db.withSession('READ', (session) =>
    session.executeRead((tx) => foldResult(tx.run(text, query.params), start, step), { timeout: db.queryTimeoutMs }),
  );
}

/** Runs a template without placeholders (schema reads, marks) in a READ transaction. */
export function readFixed(db: Database, name: string, params: Params = {}): Promise<Row[]> {
  return readLens(db, name, {}, EMPTY_SCHEMA, params);
}

const EMPTY_SCHEMA: SchemaNames = { labels: new Set(), relationshipTypes: new Set(), propertyKeys: new Set() };
