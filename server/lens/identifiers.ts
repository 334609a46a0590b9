// Labels, relationship types and property keys as Cypher identifiers: only names the database's own schema holds, always
// backtick-quoted with backticks doubled, so no text that did not come from the schema can ever reach a query.

/** The names a database's schema holds (db.labels(), db.relationshipTypes(), db.propertyKeys()). */
export interface SchemaNames {
  labels: ReadonlySet<string>;
  relationshipTypes: ReadonlySet<string>;
  propertyKeys: ReadonlySet<string>;
}

export type IdentifierKind = 'label' | 'type' | 'key';

/** Thrown when a template or a lens names an identifier the schema does not hold, or a template is malformed. */
export class LensTemplateError extends Error {}

const SETS: Record<IdentifierKind, keyof SchemaNames> = { label: 'labels', type: 'relationshipTypes', key: 'propertyKeys' };
const KIND_WORDS: Record<IdentifierKind, string> = { label: 'label', type: 'relationship type', key: 'property key' };

/** `name` backtick-quoted (a backtick inside doubled); throws unless the schema holds it as a `kind`. */
export function quoteIdentifier(name: string, kind: IdentifierKind, schema: SchemaNames): string {
  if (!schema[SETS[kind]].has(name)) throw new LensTemplateError(`the database has no ${KIND_WORDS[kind]} ${JSON.stringify(name)}`);
  return `\`${name.replaceAll('`', '``')}\``;
}
