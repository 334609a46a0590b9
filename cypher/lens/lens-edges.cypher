// @name lens-edges
// Every relationship of a shown type between shown nodes, with a readable start day (from year 1000), in start-day then
// id order: the whole network, for /api/timeline and /api/stats. What a pending import wrote (hulianImport) stays hidden.
// @placeholder labels labels
// @placeholder types types
// @placeholder edgeId nodeId r
// @placeholder sourceId nodeId a
// @placeholder targetId nodeId b
// @placeholder start start r
// @placeholder end end r
// @placeholder visible visible r
// @returns one row per relationship: edge [id, source, target, type, since, until (YYYY-MM-DD or null), properties]
MATCH (a:{{labels}})-[r:{{types}}]->(b:{{labels}})
WITH a, r, b, {{start}} AS since
  WHERE since >= date('1000-01-01') AND {{visible}}
WITH a, r, b, since, {{edgeId}} AS id
RETURN [id, {{sourceId}}, {{targetId}}, type(r), toString(since), toString({{end}}), properties(r)] AS edge
ORDER BY since, id
