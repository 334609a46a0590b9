// @name import-pending-relationships
// Writes one batch of a batched import's new dated relationships, each marked with the import's id (invisible to
// readers until the import completes). The rows are those import-relationships-found, in the same transaction, found
// both ends for and not already in the database.
// The index hints keep the seeks when the plan is made on an empty database (else every row scans every :Entity).
// @param rows list<map> — {id, source, target, type, props}
// @param importId string — the import's id
// @returns one row: written
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}) USING INDEX a:Entity(id)
MATCH (b:Entity {id: row.target}) USING INDEX b:Entity(id)
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props, r.id = row.id, r.hulianImport = $importId
RETURN count(*) AS written
