// @name lens-neighbors
// The relationships on walks of up to $depth hops (at most 3) from one node through relationships of the given types in
// force on a day, at most $limit of them. What a pending import wrote (hulianImport) stays hidden.
// @placeholder labels labels
// @placeholder types types
// @placeholder nodeId nodeId c
// @placeholder start start r
// @placeholder end end r
// @placeholder visible visible r
// @placeholder edgeId nodeId rel
// @placeholder sourceId nodeId a
// @placeholder targetId nodeId b
// @placeholder relStart start rel
// @placeholder relEnd end rel
// @param id string — the centre node's id
// @param at string — the day, YYYY-MM-DD
// @param depth integer — 1 to 3 hops
// @param limit integer — the most relationships to return
// @returns one row per relationship: edge [id, source, target, type, since, until, properties]
WITH date($at) AS day
MATCH (c:{{labels}})
  WHERE {{nodeId}} = $id
MATCH p = (c)((:{{labels}})-[r:{{types}} WHERE {{start}} <= day AND ({{end}} IS NULL OR day < {{end}}) AND {{visible}}]-(:{{labels}})){1,3}()
  WHERE length(p) <= $depth
UNWIND relationships(p) AS rel
WITH DISTINCT rel
LIMIT $limit
WITH rel, startNode(rel) AS a, endNode(rel) AS b
RETURN [{{edgeId}}, {{sourceId}}, {{targetId}}, type(rel), toString({{relStart}}), toString({{relEnd}}), properties(rel)] AS edge
