// @name milestones-all
// Every milestone with the regulator that issued it and the entities it concerns.
// @returns one row per milestone: milestone {props, regulator, concerns}
MATCH (m:Milestone)
OPTIONAL MATCH (m)-[:ISSUED_BY]->(reg:Entity)
WITH m, collect(reg.id)[0] AS regulator
RETURN {props: properties(m), regulator: regulator, concerns: COLLECT { MATCH (m)-[:CONCERNS]->(c:Entity) RETURN c.id ORDER BY c.id }} AS milestone
ORDER BY m.date, m.id
