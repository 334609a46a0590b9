// @name import-ownership
// Links each owned node to its owning company with an undated OWNS relationship.
// @param rows list<map> — {owner, id}
// @returns one row: written (rows whose two nodes were found; the loader aborts when it is short)
UNWIND $rows AS row
MATCH (c:Entity {id: row.owner}), (p:Entity {id: row.id})
MERGE (c)-[:OWNS]->(p)
RETURN count(*) AS written
