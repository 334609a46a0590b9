// @name import-ownership
// Links each owned node to its owning company with an undated OWNS relationship; counts links already there.
// @param rows list<map> — {owner, id}
// @returns one row: written (rows whose two nodes were found; the loader aborts when it is short), present (links that already existed)
UNWIND $rows AS row
MATCH (c:Entity {id: row.owner}), (p:Entity {id: row.id})
OPTIONAL MATCH (c)-[old:OWNS]->(p)
WITH c, p, count(old) AS present
MERGE (c)-[:OWNS]->(p)
RETURN count(*) AS written, sum(present) AS present
