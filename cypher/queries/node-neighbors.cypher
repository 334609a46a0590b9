// @name node-neighbors
// The relationships on walks of up to `depth` hops from one entity, using only relationships of the given types in force on a day.
// @param id string — the centre entity id
// @param at string — the day, YYYY-MM-DD
// @param depth integer — 1 to 3 hops
// @param types list<string> — allowed relationship types (from the schema allow-list)
// @returns one row per relationship: edge {props, type, source, target}
WITH date($at) AS day
MATCH (c:Entity {id: $id})
MATCH p = (c)(()-[r WHERE type(r) IN $types AND (r.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: r.hulianImport}) WHERE pending.state = 'complete' }) AND r.since <= day AND (r.until IS NULL OR r.until > day)]-()){1,3}()
  WHERE length(p) <= $depth
UNWIND relationships(p) AS rel
WITH DISTINCT rel
RETURN {props: properties(rel), type: type(rel), source: startNode(rel).id, target: endNode(rel).id} AS edge
ORDER BY rel.since, rel.id
