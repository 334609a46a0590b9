// Runs rendered lens templates through the process's driver in READ transactions (never a write: a foreign database is
// read-only), as plain-JSON rows, folded row by row as they stream in, or streamed to a consumer that may wait (exports).
import neo4j from 'neo4j-driver';
import { recordToJson } from '../db/convert.js';
import { foldResult } from '../db/fold-result.js';
import type { Database, Params, Row } from '../db/database.js';
import { translateNeo4jError } from '../db/errors.js';
import type { SchemaNames } from './identifiers.js';
import { bindingsOf } from './reading-bindings.js';
import type { Reading } from './reading.js';
import { lensTemplate, renderTemplate, type Bindings } from './templates.js';

/** What a read through a reading may narrow: the relationship types, and the time limit (heavy reads get their own). */
export interface ReadOptions {
  types?: readonly string[];
  timeoutMs?: number;
}

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
export async function readLens(
  db: Database,
  name: string,
  bindings: Bindings,
  schema: SchemaNames,
  params: Params = {},
  timeoutMs = db.queryTimeoutMs,
  tag?: string,
): Promise<Row[]> {
  const text = prepare(name, bindings, schema, params);
  try {
    // A tag in the metadata lets the work be found and ended when its request is abandoned (services/abandoned-work.ts).
    const metadata = tag ? { hulianRequest: tag } : undefined;
    const result = await db.driver.executeQuery(text, params, {
      routing: neo4j.routing.READ,
      database: db.database,
      transactionConfig: { timeout: timeoutMs, metadata },
    });
    return result.records.map(recordToJson);
  } catch (error) {
    throw translateNeo4jError(error);
  }
}

/** Like readLens, but folds each row into `state` as it arrives (`start` makes a fresh state for each attempt). */
async function readLensFold<S>(
  db: Database,
  query: { name: string; bindings: Bindings; params: Params },
  schema: SchemaNames,
  start: () => S,
  step: (state: S, row: Row) => void,
  timeoutMs = db.queryTimeoutMs,
): Promise<S> {
  const text = prepare(query.name, query.bindings, schema, query.params);
  return db.withSession('READ', (session) =>
    session.executeRead((tx) => foldResult(tx.run(text, query.params), start, step), { timeout: timeoutMs }),
  );
}

/** The bindings template `name` declares, taken from `reading`'s. */
function bindingsFor(name: string, reading: Reading, types?: readonly string[]): Bindings {
  const all = bindingsOf(reading, types);
  const byKind: Record<string, string> = { start: 'start', end: 'end', nodeId: 'nodeId' };
  return Object.fromEntries(
    [...lensTemplate(name).placeholders].map(([key, { kind }]) => [key, all[key] ?? all[byKind[kind] ?? key] ?? null]),
  );
}

/** Runs template `name` through `reading` (every placeholder bound from it) and returns plain-JSON rows. */
export function readThrough(db: Database, reading: Reading, name: string, params: Params = {}, options: ReadOptions = {}): Promise<Row[]> {
  return readLens(db, name, bindingsFor(name, reading, options.types), reading.schema, params, options.timeoutMs);
}

/** Like readThrough, but folds each row into `start()` as it arrives. */
export function foldThrough<S>(
  db: Database,
  reading: Reading,
  query: { name: string; params: Params },
  start: () => S,
  step: (state: S, row: Row) => void,
  options: ReadOptions = {},
): Promise<S> {
  const bound = { ...query, bindings: bindingsFor(query.name, reading, options.types) };
  return readLensFold(db, bound, reading.schema, start, step, options.timeoutMs);
}

/**
 * Streams template `name`'s rows through `reading` to `onRow`, one at a time, asking Neo4j for more only as `onRow`
 * settles (so a slow consumer holds no more than a fetch batch in memory). Not retried: rows may already be out.
 */
export async function streamThrough(
  db: Database,
  reading: Reading,
  query: { name: string; params: Params },
  onRow: (row: Row) => void | Promise<void>,
  options: ReadOptions = {},
): Promise<void> {
  const text = prepare(query.name, bindingsFor(query.name, reading, options.types), reading.schema, query.params);
  await db.withSession('READ', async (session) => {
    const result = session.run(text, query.params, { timeout: options.timeoutMs ?? db.queryTimeoutMs });
    for await (const record of result) await onRow(recordToJson(record));
  });
}

/** Runs a template without placeholders (schema reads, marks) in a READ transaction. */
export function readFixed(db: Database, name: string, params: Params = {}): Promise<Row[]> {
  return readLens(db, name, {}, EMPTY_SCHEMA, params);
}

const EMPTY_SCHEMA: SchemaNames = { labels: new Set(), relationshipTypes: new Set(), propertyKeys: new Set() };
