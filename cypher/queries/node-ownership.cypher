// @name node-ownership
// One entity's owner and the entities it owns (OWNS relationships); no row when the id is unknown.
// @param id string — the entity id
// @returns one row: owner (id or null), owns (ids)
MATCH (n:Entity {id: $id})
RETURN COLLECT { MATCH (o:Entity)-[:OWNS]->(n) RETURN o.id }[0] AS owner,
  COLLECT { MATCH (n)-[:OWNS]->(c:Entity) RETURN c.id ORDER BY c.id } AS owns
