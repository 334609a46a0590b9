// @name import-relationships
// Creates or updates dated relationships keyed by id; the type comes from the validated vocabulary.
// @param rows list<map> — {id, source, target, type, props}
// @returns nothing
UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.props
