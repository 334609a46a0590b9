// Discovery: reads a database's schema and bounded samples, finds each relationship type's time properties in any
// storage form, pairs start and end, picks a caption per label and a grouping, and proposes a lens (read-only).
import type { Lens, LensChoice, TimeProperty } from '../../contract/lens.js';
import type { Database } from '../db/database.js';
import { isIdLike, nameLikeKey } from './captions.js';
import { decideCaption, decideGroup, decideTimes, MAX_GROUPS } from './decide.js';
import type { SchemaNames } from './identifiers.js';
import { suggestedIndexes } from './index-suggestions.js';
import {
  readIndexes,
  readNodeProperties,
  readRelationshipProperties,
  readSchemaNames,
  sampleNodeValues,
  sampleRelationshipValues,
  type StoredProperty,
} from './schema-read.js';
import { classifySample, nativeForm, needsSample } from './storage-forms.js';

/** What discovery found and proposes: the time properties per type, the lens (null when no type has time), the open choices. */
export interface Discovery {
  schema: SchemaNames;
  timeProperties: Record<string, TimeProperty[]>;
  lens: Lens | null;
  choices: LensChoice[];
  /** CREATE INDEX statements for the lens's time properties that have no index (for the user to run; Hulian never does). */
  suggestedIndexes: string[];
}

const byOwner = (properties: StoredProperty[]) => {
  const map = new Map<string, StoredProperty[]>();
  for (const p of properties) map.set(p.owner, [...(map.get(p.owner) ?? []), p]);
  return map;
};

/** The storage form of one stored property: its Neo4j temporal type, or what a sample of its integers or text shows. */
async function formOf(db: Database, schema: SchemaNames, property: StoredProperty) {
  const native = nativeForm(property.types);
  if (native || !needsSample(property.types)) return native;
  return classifySample(property.key, await sampleRelationshipValues(db, schema, property.owner, property.key));
}

/** Each relationship type's time properties, sampled one property at a time (a bounded read each). */
async function findTimeProperties(db: Database, schema: SchemaNames, properties: StoredProperty[]) {
  const found: Record<string, TimeProperty[]> = {};
  for (const [type, list] of byOwner(properties)) {
    const times: TimeProperty[] = [];
    for (const property of list) {
      const form = await formOf(db, schema, property);
      if (form) times.push({ key: property.key, form });
    }
    if (times.length) found[type] = times;
  }
  return found;
}

/** How many distinct values each text property of `label` takes in a sample (for a grouping), but its caption. */
async function distinctCounts(db: Database, schema: SchemaNames, label: string, textKeys: string[], caption: string | null) {
  const counts = new Map<string, number>();
  for (const key of textKeys.filter((k) => k !== caption)) {
    const values = await sampleNodeValues(db, schema, label, key);
    const distinct = new Set(values.map(String)).size;
    if (distinct <= MAX_GROUPS) counts.set(key, distinct);
  }
  return counts;
}

/** The id-like keys of `label` whose sampled values are all different (a caption must tell nodes apart); none is
 * sampled when a name-like text key will win anyway. */
async function uniqueIdKeys(db: Database, schema: SchemaNames, label: string, textKeys: string[], integerKeys: string[]) {
  const unique = new Set<string>();
  if (nameLikeKey(textKeys)) return unique;
  for (const key of [...textKeys, ...integerKeys].filter(isIdLike)) {
    const values = await sampleNodeValues(db, schema, label, key);
    if (values.length && new Set(values.map(String)).size === values.length) unique.add(key);
  }
  return unique;
}

/** Reads the schema and samples, and proposes a lens with the choices it had to make. Writes nothing. */
export async function discover(db: Database): Promise<Discovery> {
  const [schema, relationshipProperties, { labels, properties: nodeProperties }, indexes] = await Promise.all([
    readSchemaNames(db),
    readRelationshipProperties(db),
    readNodeProperties(db),
    readIndexes(db),
  ]);
  const timeProperties = await findTimeProperties(db, schema, relationshipProperties);
  const choices: LensChoice[] = [];
  const relationships = Object.entries(timeProperties)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([type, candidates]) => {
      const decided = decideTimes(type, candidates);
      if (!decided) return [];
      choices.push(...decided.choices);
      return [decided.relationship];
    });
  if (!relationships.length) return { schema, timeProperties, lens: null, choices, suggestedIndexes: [] };
  const textKeysOf = byOwner(nodeProperties.filter((p) => p.types.length === 1 && p.types[0] === 'String'));
  const integerKeysOf = byOwner(nodeProperties.filter((p) => p.types.length === 1 && p.types[0] === 'Long'));
  const captions: Record<string, string | null> = {};
  for (const label of labels) {
    const textKeys = (textKeysOf.get(label) ?? []).map((p) => p.key);
    const integerKeys = (integerKeysOf.get(label) ?? []).map((p) => p.key);
    const unique = await uniqueIdKeys(db, schema, label, textKeys, integerKeys);
    const decided = decideCaption(label, textKeys, { integerKeys, unique });
    captions[label] = decided.caption;
    choices.push(...decided.choices);
  }
  const only = labels.length === 1 ? labels[0]! : null;
  const counts = only
    ? await distinctCounts(
        db,
        schema,
        only,
        (textKeysOf.get(only) ?? []).map((p) => p.key),
        captions[only] ?? null,
      )
    : new Map();
  const group = decideGroup(labels, counts);
  choices.push(...group.choices);
  const lens: Lens = { relationships, labels, captions, group: group.group };
  return { schema, timeProperties, lens, choices, suggestedIndexes: suggestedIndexes(lens, schema, indexes) };
}
