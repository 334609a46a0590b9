// @name import-milestones
// Creates or updates :Milestone nodes and links them to their regulator (ISSUED_BY) and to what they concern (CONCERNS).
// @param rows list<map> — {id, regulator, concerns, props}
// @returns one row: written (rows), present (rows whose milestone already existed before this query)
UNWIND $rows AS row
OPTIONAL MATCH (old:Milestone {id: row.id})
WITH row, count(old) AS present
MERGE (m:Milestone {id: row.id})
SET m += row.props
WITH m, row, present
CALL (m, row) {
  OPTIONAL MATCH (r:Entity {id: row.regulator})
  FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (m)-[:ISSUED_BY]->(r))
}
CALL (m, row) {
  UNWIND row.concerns AS concernId
  MATCH (c:Entity {id: concernId})
  MERGE (m)-[:CONCERNS]->(c)
}
RETURN count(*) AS written, sum(present) AS present
