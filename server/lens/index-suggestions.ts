// Which chosen time properties have no index, and the CREATE INDEX statement a user could run for each. Hulian never
// runs these (a foreign database is read-only); the first-run screen shows them.
import type { Lens } from '../../contract/lens.js';
import { quoteIdentifier, type SchemaNames } from './identifiers.js';
import type { SchemaRule } from './schema-read.js';

/** True when some range index of relationship type `type` starts with `key` (Neo4j can use it for that property). */
const indexed = (indexes: readonly SchemaRule[], type: string, key: string) =>
  indexes.some((i) => i.entityType === 'RELATIONSHIP' && i.type === 'RANGE' && i.labelsOrTypes.includes(type) && i.properties[0] === key);

/** One `CREATE INDEX` statement per start or end property of `lens` without a range index, identifiers quoted. */
export function suggestedIndexes(lens: Lens, schema: SchemaNames, indexes: readonly SchemaRule[]): string[] {
  return lens.relationships.flatMap((r) =>
    [r.start, r.end]
      .filter((time) => time !== null && !indexed(indexes, r.type, time.key))
      .map(
        (time) =>
          `CREATE INDEX IF NOT EXISTS FOR ()-[r:${quoteIdentifier(r.type, 'type', schema)}]-() ON (r.${quoteIdentifier(time!.key, 'key', schema)})`,
      ),
  );
}
