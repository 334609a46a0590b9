// @name lens-node-edges
// One node's relationships of the shown types over time, both directions, loops left out: how many there are, and the
// $limit latest-starting ones with the other end's id. What a pending import wrote (hulianImport) stays hidden.
// @placeholder labels labels
// @placeholder types types
// @placeholder nodeId nodeId n
// @placeholder edgeId nodeId r
// @placeholder sourceId nodeId a
// @placeholder targetId nodeId b
// @placeholder start start r
// @placeholder end end r
// @placeholder visible visible r
// @param id string — the node's id
// @param limit integer — the most relationships to return
// @returns one row: total (integer), edges (list of [edge [id, source, target, type, since, until, properties], direction])
MATCH (n:{{labels}})
  WHERE {{nodeId}} = $id
CALL (n) {
  MATCH (a:{{labels}})-[r:{{types}}]->(b:{{labels}})
    WHERE (a = n OR b = n) AND a <> b AND {{visible}}
  WITH a, r, b, {{start}} AS since
    WHERE since >= date('1000-01-01')
  WITH a, r, b, since, {{edgeId}} AS id
  ORDER BY since DESC, id DESC
  RETURN count(*) AS total, collect([a, r, b, since, id])[0..$limit] AS latest
}
UNWIND latest AS row
WITH n, total, row[0] AS a, row[1] AS r, row[2] AS b, row[3] AS since, row[4] AS id
RETURN total, collect([[id, {{sourceId}}, {{targetId}}, type(r), toString(since), toString({{end}}), properties(r)],
  CASE WHEN a = n THEN 'out' ELSE 'in' END]) AS edges
