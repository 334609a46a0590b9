// @name node-milestones
// The milestones that concern one entity or that it issued, oldest first.
// @param id string — the entity id
// @returns one row per milestone: milestone {props, regulator, concerns}
MATCH (n:Entity {id: $id})
MATCH (m:Milestone)
  WHERE (m)-[:CONCERNS]->(n) OR (m)-[:ISSUED_BY]->(n)
RETURN {props: properties(m), regulator: COLLECT { MATCH (m)-[:ISSUED_BY]->(reg:Entity) RETURN reg.id }[0],
  concerns: COLLECT { MATCH (m)-[:CONCERNS]->(c:Entity) RETURN c.id ORDER BY c.id }} AS milestone
ORDER BY m.date, m.id
