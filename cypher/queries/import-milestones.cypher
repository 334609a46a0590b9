// @name import-milestones
// Creates or updates :Milestone nodes and links them to their regulator (ISSUED_BY) and to what they concern (CONCERNS).
// @param rows list<map> — {id, regulator, concerns, props}
// @returns nothing
UNWIND $rows AS row
MERGE (m:Milestone {id: row.id})
SET m += row.props
WITH m, row
CALL (m, row) {
  OPTIONAL MATCH (r:Entity {id: row.regulator})
  FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (m)-[:ISSUED_BY]->(r))
}
CALL (m, row) {
  UNWIND row.concerns AS concernId
  MATCH (c:Entity {id: concernId})
  MERGE (m)-[:CONCERNS]->(c)
}
