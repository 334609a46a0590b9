// @name view-part
// One pass over the relationships of one shown type that a view covers (docs/scale.md): those whose start lies in
// [$startFrom, $startBefore) and whose end is open (when $openEnds) or lies in [$endFrom, $endBefore). Bounds come in
// the type's own storage form, so a range index on the start property answers the first condition. It counts them and
// their distinct ends, ranks the ends by how many of them they touch, and returns up to $perNode of them (the earliest
// the index gives) for each of the $topNodes most active ends. What a pending import wrote stays hidden.
// @placeholder labels labels
// @placeholder type type
// @placeholder start property r
// @placeholder end property r
// @placeholder nodeId nodeId n
// @placeholder edgeId nodeId r
// @placeholder sourceId nodeId a
// @placeholder targetId nodeId b
// @placeholder visible visible r
// @param startFrom any — lowest start, inclusive, in the start's storage form
// @param startBefore any — highest start, exclusive, in the start's storage form
// @param openEnds boolean — whether a relationship with no end is covered
// @param endFrom any — lowest end, inclusive, in the end's storage form (any value when the type has no end)
// @param endBefore any — highest end, exclusive; null: no upper bound
// @param topNodes integer — how many of the most active ends to return relationships for
// @param perNode integer — how many relationships to return for each of them
// @returns one row per (active end, relationship): relationships, nodes (the counts, repeated), node, rank, id, source,
//   target, type, start, end (as stored), props; no row when the view covers nothing
MATCH (a:{{labels}})-[r:{{type}}]->(b:{{labels}})
  WHERE {{start}} >= $startFrom AND {{start}} < $startBefore
    AND (({{end}} IS NULL AND $openEnds) OR ({{end}} >= $endFrom AND ($endBefore IS NULL OR {{end}} < $endBefore)))
    AND {{visible}}
UNWIND [a, b] AS n
WITH n, count(*) AS activity, collect(r)[0..$perNode] AS rels
ORDER BY activity DESC
WITH collect([n, rels]) AS ranked, sum(activity) / 2 AS relationships
WITH relationships, size(ranked) AS nodes, ranked[0..$topNodes] AS top
UNWIND range(0, size(top) - 1) AS rank
WITH relationships, nodes, rank, top[rank][0] AS n, top[rank][1] AS rels
UNWIND rels AS r
WITH relationships, nodes, rank, n, r, startNode(r) AS a, endNode(r) AS b
RETURN relationships, nodes, {{nodeId}} AS node, rank, {{edgeId}} AS id, {{sourceId}} AS source, {{targetId}} AS target,
  type(r) AS type, {{start}} AS start, {{end}} AS end, properties(r) AS props
