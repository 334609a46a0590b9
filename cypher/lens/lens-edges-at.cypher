// @name lens-edges-at
// The relationships of the given shown types in force on a day (start <= day, no end or day < end) between shown nodes,
// in start-day then id order, at most $limit of them. What a pending import wrote (hulianImport) stays hidden.
// @placeholder labels labels
// @placeholder types types
// @placeholder edgeId nodeId r
// @placeholder sourceId nodeId a
// @placeholder targetId nodeId b
// @placeholder start start r
// @placeholder end end r
// @placeholder visible visible r
// @param at string — the day, YYYY-MM-DD
// @param limit integer — the most relationships to return
// @returns one row per relationship: edge [id, source, target, type, since, until, properties]
WITH date($at) AS day
MATCH (a:{{labels}})-[r:{{types}}]->(b:{{labels}})
WITH day, a, r, b, {{start}} AS since, {{end}} AS until
  WHERE since <= day AND since >= date('1000-01-01') AND (until IS NULL OR day < until) AND {{visible}}
WITH a, r, b, since, until, {{edgeId}} AS id
ORDER BY since, id
LIMIT $limit
RETURN [id, {{sourceId}}, {{targetId}}, type(r), toString(since), toString(until), properties(r)] AS edge
