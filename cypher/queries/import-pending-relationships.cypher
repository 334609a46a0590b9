// @name import-pending-relationships
// Writes one batch of a batched import's new dated relationships, each marked with the import's id (invisible to
// readers until the import completes): `props` already holds the id, the marker and only the properties to store.
// The rows are new: both ends created by this import, or found by import-relationships-found (same transaction)
// with both ends and not already in the database.
// The index hints keep the seeks when the plan is made on an empty database (else every row scans every :Entity).
// One SET of the whole map: setting the id and the marker apart added two Eager operators (each buffering the batch).
// @param rows list<map> — {id, source, target, type, props} (props: the properties, with id and hulianImport)
// @returns one row: written
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}) USING INDEX a:Entity(id)
MATCH (b:Entity {id: row.target}) USING INDEX b:Entity(id)
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(*) AS written
