// @name seed-empty
// Loads a whole validated dataset into an EMPTY database in one statement (one plan on a cold Neo4j); writes nothing when it holds data.
// @param sources list<map> — {id, props}
// @param vocabulary list<map> — {type, label, labelZh, description, category}
// @param nodes list<map> — {id, kind, props}
// @param ownership list<map> — {owner, id}
// @param relationships list<map> — {id, source, target, type, props}
// @param milestones list<map> — {id, regulator, concerns, props}
// @param presentation list<map> — none or one map: the :Dataset node's properties (title, …, groups as JSON text)
// @returns no row when the database held data (nothing written); else one row: owned, related (rows whose two end nodes were found)
MATCH (existing)
WITH count(existing) AS existing WHERE existing = 0
CALL () { UNWIND $sources AS row CREATE (s:Source) SET s += row.props, s.id = row.id }
CALL () { UNWIND $vocabulary AS row CREATE (t:RelType) SET t += row }
CALL () { UNWIND $presentation AS props CREATE (d:Dataset) SET d = props }
CALL () { UNWIND $nodes AS row CREATE (n:Entity:$(row.kind)) SET n += row.props, n.id = row.id }
CALL () {
  UNWIND $ownership AS row
  MATCH (c:Entity {id: row.owner}), (p:Entity {id: row.id})
  CREATE (c)-[:OWNS]->(p)
  RETURN count(*) AS owned
}
CALL () {
  UNWIND $relationships AS row
  MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
  CREATE (a)-[r:$(row.type)]->(b) SET r += row.props, r.id = row.id
  RETURN count(*) AS related
}
CALL () {
  UNWIND $milestones AS row
  CREATE (m:Milestone) SET m += row.props, m.id = row.id
  WITH m, row
  OPTIONAL MATCH (regulator:Entity {id: row.regulator})
  FOREACH (_ IN CASE WHEN regulator IS NULL THEN [] ELSE [1] END | CREATE (m)-[:ISSUED_BY]->(regulator))
  WITH m, row
  UNWIND row.concerns AS concernId
  MATCH (c:Entity {id: concernId})
  MERGE (m)-[:CONCERNS]->(c)
}
RETURN owned, related
