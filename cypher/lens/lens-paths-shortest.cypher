// @name lens-paths-shortest
// All shortest undirected paths (at most 50) of at most $maxHops (6 at most) between two nodes, through relationships
// of the given types in force on a day. What a pending import wrote (hulianImport) stays hidden.
// @placeholder labels labels
// @placeholder types types
// @placeholder fromId nodeId a
// @placeholder toId nodeId b
// @placeholder start start r
// @placeholder end end r
// @placeholder visible visible r
// @placeholder pathNodeId nodeId n
// @placeholder edgeId nodeId rel
// @placeholder relStart start rel
// @placeholder relEnd end rel
// @param from string — the start node's id
// @param to string — the end node's id
// @param at string — the day, YYYY-MM-DD
// @param maxHops integer — 1 to 6
// @returns one row per path: nodes ([element id, id] in order), edges (list of [id, source element id, target element id, type, since, until, properties])
WITH date($at) AS day
MATCH (a:{{labels}})
  WHERE {{fromId}} = $from
MATCH (b:{{labels}})
  WHERE {{toId}} = $to
MATCH p = ALL SHORTEST (a)((:{{labels}})-[r:{{types}} WHERE {{start}} <= day AND ({{end}} IS NULL OR day < {{end}}) AND {{visible}}]-(:{{labels}})){1,6}(b)
  WHERE length(p) <= $maxHops
WITH p
LIMIT 50
RETURN [n IN nodes(p) | [elementId(n), {{pathNodeId}}]] AS nodes,
  [rel IN relationships(p) | [{{edgeId}}, elementId(startNode(rel)), elementId(endNode(rel)), type(rel),
    toString({{relStart}}), toString({{relEnd}}), properties(rel)]] AS edges
