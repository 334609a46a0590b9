// @name lens-paths-earliest
// The earliest day two nodes were joined within $maxHops (6 at most) by relationships of the given types all in force
// that day. Joining can only begin on some relationship's start day, and only once both ends have a relationship in
// force, so the candidate days are the distinct start days from then on, at most $days of them, each tried in order
// with one shortest path in force that day (the first that joins wins). Pending imports (hulianImport) stay hidden.
// @placeholder labels labels
// @placeholder types types
// @placeholder fromId nodeId a
// @placeholder toId nodeId b
// @placeholder start start r
// @placeholder end end r
// @placeholder visible visible r
// @placeholder dayStart start s
// @placeholder endStart start e
// @placeholder pathNodeId nodeId n
// @placeholder edgeId nodeId rel
// @placeholder relStart start rel
// @placeholder relEnd end rel
// @param from string — the start node's id
// @param to string — the end node's id
// @param maxHops integer — 1 to 6
// @param days integer — the most candidate days tried
// @returns one row: tried (candidate days tried, at most $days), date (null when none joined), nodes ([element id, id] in order), edges (as lens-paths-shortest)
MATCH (a:{{labels}})
  WHERE {{fromId}} = $from
MATCH (b:{{labels}})
  WHERE {{toId}} = $to
CALL (a, b) {
  UNWIND [a, b] AS endpoint
  MATCH (endpoint)-[e:{{types}}]-(:{{labels}})
  WITH endpoint, min({{endStart}}) AS first
  RETURN CASE WHEN count(first) = 2 THEN max(first) END AS earliest
}
CALL (earliest) {
  MATCH (:{{labels}})-[s:{{types}}]->(:{{labels}})
  WITH {{dayStart}} AS day
    WHERE day >= earliest
  RETURN DISTINCT day
  ORDER BY day
  LIMIT $days
}
WITH a, b, collect(day) AS days
OPTIONAL CALL (a, b, days) {
  UNWIND days AS day
  CALL (a, b, day) {
    MATCH p = SHORTEST 1 (a)((:{{labels}})-[r:{{types}} WHERE {{start}} <= day AND ({{end}} IS NULL OR day < {{end}}) AND {{visible}}]-(:{{labels}})){1,6}(b)
      WHERE length(p) <= $maxHops
    RETURN p
  }
  RETURN day, p
  ORDER BY day
  LIMIT 1
}
RETURN size(days) AS tried, toString(day) AS date, [n IN nodes(p) | [elementId(n), {{pathNodeId}}]] AS nodes,
  [rel IN relationships(p) | [{{edgeId}}, elementId(startNode(rel)), elementId(endNode(rel)), type(rel),
    toString({{relStart}}), toString({{relEnd}}), properties(rel)]] AS edges
