// @name node-relationships
// Every dated relationship of one entity over time, in both directions, with the other end's id.
// @param id string — the entity id
// @returns one row per relationship: edge {props, type, source, target}, direction ("out" | "in"), other (id)
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
  WHERE r.since IS NOT NULL AND (r.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: r.hulianImport}) WHERE pending.state = 'complete' })
RETURN {props: properties(r), type: type(r), source: startNode(r).id, target: endNode(r).id} AS edge,
  CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, other.id AS other
ORDER BY r.since, r.id
