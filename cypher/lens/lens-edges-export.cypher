// @name lens-edges-export
// Every relationship of the shown types between shown nodes with a readable start, or only those in force on $at when
// it is given, streamed in no particular order (for exports: nothing is gathered). Pending imports (hulianImport) hidden.
// @placeholder labels labels
// @placeholder types types
// @placeholder edgeId nodeId r
// @placeholder sourceId nodeId a
// @placeholder targetId nodeId b
// @placeholder start start r
// @placeholder end end r
// @placeholder visible visible r
// @param at string|null — the day (YYYY-MM-DD), or null for every relationship
// @returns one row per relationship: edge [id, source, target, type, since, until, properties]
MATCH (a:{{labels}})-[r:{{types}}]->(b:{{labels}})
WITH a, r, b, {{start}} AS since, {{end}} AS until
  WHERE since >= date('1000-01-01') AND ($at IS NULL OR (since <= date($at) AND (until IS NULL OR date($at) < until))) AND {{visible}}
RETURN [{{edgeId}}, {{sourceId}}, {{targetId}}, type(r), toString(since), toString(until), properties(r)] AS edge
