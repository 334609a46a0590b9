// @name paths-earliest
// The earliest day two entities were connected within maxHops: connectivity can only begin on some relationship's
// `since`, so each distinct since is a candidate day, checked in order with a shortest path in force on that day.
// @param from string — the start entity id
// @param to string — the end entity id
// @param maxHops integer — 1 to 6
// @param types list<string> — allowed relationship types (from the schema allow-list)
// @returns at most one row: date, nodes (ids in order), edges (list of {props, type, source, target})
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL () {
  MATCH ()-[s]->()
    WHERE type(s) IN $types AND s.since IS NOT NULL
  RETURN DISTINCT s.since AS day
}
CALL (a, b, day) {
  MATCH p = SHORTEST 1 (a)(()-[r WHERE type(r) IN $types AND (r.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: r.hulianImport}) WHERE pending.state = 'complete' }) AND r.since <= day AND (r.until IS NULL OR r.until > day)]-()){1,6}(b)
    WHERE length(p) <= $maxHops
  RETURN p
}
RETURN day AS date, [n IN nodes(p) | n.id] AS nodes,
  [rel IN relationships(p) | {props: properties(rel), type: type(rel), source: startNode(rel).id, target: endNode(rel).id}] AS edges
ORDER BY day
LIMIT 1
