// @name import-relationships
// Creates or updates dated relationships keyed by id; the type comes from the validated vocabulary.
// The seek hint makes the lookup expand from the start node: MERGE on a dynamic type, planned on an empty database, scans every relationship per row.
// @param rows list<map> — {id, source, target, type, props}
// @returns one row: written (rows whose two end nodes were found; the loader aborts when it is short), present (relationships that already existed)
UNWIND $rows AS row
OPTIONAL MATCH (start:Entity {id: row.source})-[found]->(:Entity {id: row.target})
  USING INDEX SEEK start:Entity(id)
  WHERE found.id = row.id AND type(found) = row.type
WITH row, found
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
CALL (a, b, row, found) {
  WITH a, b, row, found WHERE found IS NULL
  CREATE (a)-[created:$(row.type) {id: row.id}]->(b)
  RETURN created AS r
  UNION
  WITH found WHERE found IS NOT NULL
  RETURN found AS r
}
SET r += row.props
RETURN count(r) AS written, count(found) AS present
