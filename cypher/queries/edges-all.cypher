// @name edges-all
// Every dated relationship between entities (OWNS, ISSUED_BY and CONCERNS have no `since` and are left out).
// @returns one row per relationship: edge {props (all properties), type, source, target}
MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.since IS NOT NULL AND (r.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: r.hulianImport}) WHERE pending.state = 'complete' })
RETURN {props: properties(r), type: type(r), source: a.id, target: b.id} AS edge
ORDER BY r.since, r.id
