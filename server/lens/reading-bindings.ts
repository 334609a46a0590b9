// The bindings of the lens template placeholders for one reading (reading.ts), by placeholder name (a template's other
// `start`, `end` and `nodeId` placeholders take the binding of their kind: run.ts). Relationship types are narrowed to
// those asked for and present in the schema.
import type { Reading } from './reading.js';
import type { Bindings } from './templates.js';

/** Hulian's own node properties that search reads, by placeholder (null on a foreign database or when absent). */
const OWN_SEARCH_KEYS = ['nameZh', 'aliases', 'searchKeys'];

/** The bindings of `reading` for the relationship types `types` (every shown type when undefined). */
export function bindingsOf(reading: Reading, types?: readonly string[]): Bindings {
  const relationships = types ? reading.present.filter((r) => types.includes(r.type)) : reading.present;
  const { lens, schema } = reading;
  const bindings: Bindings = {
    labels: lens.labels,
    types: relationships.map((r) => r.type),
    caption: { labels: lens.labels, captions: lens.captions },
    group: lens.group.by === 'property' ? lens.group.key : null,
    extras: reading.nodeKeys,
    visible: reading.own,
    start: relationships,
    end: relationships,
  };
  bindings.nodeId = reading.idKey;
  for (const key of OWN_SEARCH_KEYS) bindings[key] = reading.own && schema.propertyKeys.has(key) ? key : null;
  return bindings;
}
