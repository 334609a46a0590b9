// @name paths-shortest
// All shortest undirected paths between two entities using only relationships of the given types in force on a day.
// @param from string — the start entity id
// @param to string — the end entity id
// @param at string — the day, YYYY-MM-DD
// @param maxHops integer — 1 to 6
// @param types list<string> — allowed relationship types (from the schema allow-list)
// @returns one row per path: nodes (ids in order), edges (list of {props, type, source, target})
WITH date($at) AS day
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)(()-[r WHERE type(r) IN $types AND (r.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: r.hulianImport}) WHERE pending.state = 'complete' }) AND r.since <= day AND (r.until IS NULL OR r.until > day)]-()){1,6}(b)
  WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS nodes,
  [rel IN relationships(p) | {props: properties(rel), type: type(rel), source: startNode(rel).id, target: endNode(rel).id}] AS edges
LIMIT 50
