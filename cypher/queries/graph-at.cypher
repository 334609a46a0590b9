// @name graph-at
// The network in force on a day in one round trip: the dated relationships in force and the entities they touch (with group).
// @param at string — the day, YYYY-MM-DD
// @returns at most one row: edges (list of {props, type, source, target}), nodes (list of node projections as in entity-nodes)
WITH date($at) AS day
MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.since <= day AND (r.until IS NULL OR r.until > day) AND (r.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: r.hulianImport}) WHERE pending.state = 'complete' })
WITH collect({props: properties(r), type: type(r), source: a.id, target: b.id}) AS edges, collect(DISTINCT a) + collect(DISTINCT b) AS ends
CALL (ends) {
  UNWIND ends AS n
  WITH DISTINCT n
  WITH n, COLLECT { MATCH (root:Entity)-[:OWNS]->*(n) WHERE NOT EXISTS { (:Entity)-[:OWNS]->(root) } RETURN root.id }[0] AS rootId
  ORDER BY n.id
  RETURN collect(n {
    .id, .name, .nameZh, .kind, .owner, .aliases, .description,
    group: CASE WHEN n.kind = 'Regulator' THEN 'regulator' ELSE coalesce(rootId, n.id) END
  }) AS nodes
}
RETURN edges, nodes
