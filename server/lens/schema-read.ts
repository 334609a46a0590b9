// Reads what discovery needs from the database, read-only: the schema's names, the stored types of every property per
// relationship type and per label, the indexes and constraints, and bounded samples of one property's values.
import neo4j from 'neo4j-driver';
import type { Json } from '../db/convert.js';
import type { Database } from '../db/database.js';
import type { SchemaNames } from './identifiers.js';
import { readFixed, readLens } from './run.js';

/** Values sampled per candidate property. */
const SAMPLE_SIZE = 1_000;

const texts = (value: Json | undefined): string[] => (Array.isArray(value) ? value.map(String) : []);

/** The labels, relationship types and property keys of the database. */
export async function readSchemaNames(db: Database): Promise<SchemaNames> {
  const [row] = await readFixed(db, 'schema-names');
  return {
    labels: new Set(texts(row?.labels)),
    relationshipTypes: new Set(texts(row?.relationshipTypes)),
    propertyKeys: new Set(texts(row?.propertyKeys)),
  };
}

/** One property as stored under a relationship type or label. */
export interface StoredProperty {
  owner: string;
  key: string;
  types: string[];
}

/** ":`A``B`" (db.schema.relTypeProperties) as the type name A`B. */
const unquoteRelType = (relType: string) => relType.replace(/^:`/, '').replace(/`$/, '').replaceAll('``', '`');

/** Every (relationship type, property) pair with its stored types; types without properties have none. */
export async function readRelationshipProperties(db: Database): Promise<StoredProperty[]> {
  const rows = await readFixed(db, 'schema-relationship-properties');
  return rows
    .filter((row) => typeof row.propertyName === 'string')
    .map((row) => ({ owner: unquoteRelType(String(row.relType)), key: String(row.propertyName), types: texts(row.propertyTypes) }));
}

/** The labels in use and every (label, property) pair with its stored types (a node with several labels counts under each). */
export async function readNodeProperties(db: Database): Promise<{ labels: string[]; properties: StoredProperty[] }> {
  const rows = await readFixed(db, 'schema-node-properties');
  const labels = [...new Set(rows.flatMap((row) => texts(row.nodeLabels)))].sort();
  const properties = rows
    .filter((row) => typeof row.propertyName === 'string')
    .flatMap((row) =>
      texts(row.nodeLabels).map((label) => ({ owner: label, key: String(row.propertyName), types: texts(row.propertyTypes) })),
    );
  return { labels, properties };
}

/** One index or constraint as SHOW INDEXES / SHOW CONSTRAINTS list it. */
export interface SchemaRule {
  name: string;
  type: string;
  entityType: string | null;
  labelsOrTypes: string[];
  properties: string[];
}

const toRule = (row: Record<string, Json>): SchemaRule => ({
  name: String(row.name),
  type: String(row.type),
  entityType: row.entityType === null ? null : String(row.entityType),
  labelsOrTypes: texts(row.labelsOrTypes),
  properties: texts(row.properties),
});

/** Every index, by name. */
export async function readIndexes(db: Database): Promise<SchemaRule[]> {
  return (await readFixed(db, 'schema-indexes')).map(toRule);
}

/** Every constraint, by name. */
export async function readConstraints(db: Database): Promise<SchemaRule[]> {
  return (await readFixed(db, 'schema-constraints')).map(toRule);
}

/** Up to SAMPLE_SIZE values of `key` on relationships of `type`. */
export async function sampleRelationshipValues(db: Database, schema: SchemaNames, type: string, key: string): Promise<Json[]> {
  const rows = await readLens(db, 'sample-relationship-values', { type, value: key }, schema, { limit: neo4j.int(SAMPLE_SIZE) });
  return rows.map((row) => row.value ?? null);
}

/** Up to SAMPLE_SIZE values of `key` on nodes labelled `label`. */
export async function sampleNodeValues(db: Database, schema: SchemaNames, label: string, key: string): Promise<Json[]> {
  const rows = await readLens(db, 'sample-node-values', { label, value: key }, schema, { limit: neo4j.int(SAMPLE_SIZE) });
  return rows.map((row) => row.value ?? null);
}
