// @name import-relationships
// Creates or updates dated relationships keyed by id; the type comes from the validated vocabulary.
// @param rows list<map> — {id, source, target, type, props}
// @returns one row: written (rows whose two end nodes were found; the loader aborts when it is short)
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.props
RETURN count(r) AS written
