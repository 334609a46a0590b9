// @name regulatory-milestones-in-year
// What did regulators and courts do in $year?
// @titleZh $year 年监管与司法大事
// @param year integer 2021
// @requires-type ISSUED_BY
// @returns date, title, titleZh, regulator, concerns
MATCH (m:Milestone)
  WHERE m.date.year = $year
OPTIONAL MATCH (m)-[:ISSUED_BY]->(regulator:Entity)
RETURN m.date AS date, m.title AS title, m.titleZh AS titleZh, regulator.name AS regulator,
  COLLECT { MATCH (m)-[:CONCERNS]->(c:Entity) RETURN c.name } AS concerns
ORDER BY date
