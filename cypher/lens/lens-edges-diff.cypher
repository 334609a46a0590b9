// @name lens-edges-diff
// The relationships of the shown types in force on either of two days, flagged with where each is in force, in
// start-day then id order. What a pending import wrote (hulianImport) stays hidden.
// @placeholder labels labels
// @placeholder types types
// @placeholder edgeId nodeId r
// @placeholder sourceId nodeId a
// @placeholder targetId nodeId b
// @placeholder start start r
// @placeholder end end r
// @placeholder visible visible r
// @param from string — the first day, YYYY-MM-DD
// @param to string — the second day, YYYY-MM-DD
// @returns one row per relationship: edge [id, source, target, type, since, until, properties], atFrom, atTo
WITH date($from) AS d1, date($to) AS d2
MATCH (a:{{labels}})-[r:{{types}}]->(b:{{labels}})
WITH d1, d2, a, r, b, {{start}} AS since, {{end}} AS until
  WHERE since >= date('1000-01-01') AND {{visible}}
WITH a, r, b, since, until, since <= d1 AND (until IS NULL OR d1 < until) AS atFrom, since <= d2 AND (until IS NULL OR d2 < until) AS atTo
  WHERE atFrom OR atTo
WITH a, r, b, since, until, atFrom, atTo, {{edgeId}} AS id
RETURN [id, {{sourceId}}, {{targetId}}, type(r), toString(since), toString(until), properties(r)] AS edge, atFrom, atTo
ORDER BY since, id
