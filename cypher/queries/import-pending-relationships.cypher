// @name import-pending-relationships
// One batch of a batched import's dated relationships. A new one is created marked with the import's id (invisible
// to readers until the import completes); one already in the database (same id and type between the same nodes) is
// left as it is and its index in the batch returned, for the completing transaction to refresh. One marked by this
// import (a retried batch) counts as written, not present.
// The index hints keep the seeks when the plan is made on an empty database (else every row scans every :Entity).
// @param rows list<map> — {id, source, target, type, props}
// @param importId string — the import's id
// @returns one row: written (rows whose two end nodes were found), present (indexes into rows of relationships already there)
UNWIND range(0, size($rows) - 1) AS index
WITH index, $rows[index] AS row
MATCH (a:Entity {id: row.source}) USING INDEX a:Entity(id)
MATCH (b:Entity {id: row.target}) USING INDEX b:Entity(id)
OPTIONAL MATCH (a)-[found]->(b)
  WHERE found.id = row.id AND type(found) = row.type
CALL (a, b, row, found) {
  WITH * WHERE found IS NULL
  CREATE (a)-[r:$(row.type)]->(b)
  SET r = row.props, r.id = row.id, r.hulianImport = $importId
}
RETURN count(*) AS written,
  collect(CASE WHEN found IS NOT NULL AND coalesce(found.hulianImport <> $importId, true) THEN index END) AS present
