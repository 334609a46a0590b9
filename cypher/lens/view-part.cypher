// @name view-part
// The drawn part of a view (docs/scale.md) for one shown type: relationships whose start lies in one of $slices and
// whose end is open (when $openEnds) or lies in [$endFrom, $endBefore), at most $perSlice from each slice (the earliest
// in index order), so a dense period costs no more than a sparse one. Bounds come in the type's own storage form, so a
// range index on the start property answers each slice. Over what it read, it ranks the ends by how many relationships
// they touch and returns, for each of the $topNodes most active ends, up to $budget ÷ (the ends returned) of them, so a
// view of few nodes still fills its budget (view-count gives the whole part's count). What a pending import wrote stays hidden.
// @placeholder labels labels
// @placeholder type type
// @placeholder start property r
// @placeholder end property r
// @placeholder nodeId nodeId n
// @placeholder edgeId nodeId r
// @placeholder sourceId nodeId a
// @placeholder targetId nodeId b
// @placeholder visible visible r
// @param slices list<map> — {from, before}: consecutive start ranges covering the part, in the start's storage form
// @param perSlice integer — the most relationships read from each slice
// @param openEnds boolean — whether a relationship with no end is covered
// @param endFrom any — lowest end, inclusive, in the end's storage form (any value when the type has no end)
// @param endBefore any — highest end, exclusive; null: no upper bound
// @param topNodes integer — how many of the most active ends to return relationships for
// @param budget integer — how many relationships the view draws at most, shared evenly among those ends
// @returns one row per (active end, relationship): read, nodes (relationships read and their distinct ends, repeated),
//   node, rank, id, source, target, type, start, end (as stored), props; no row when the part holds nothing
UNWIND $slices AS slice
CALL (slice) {
  MATCH (a:{{labels}})-[r:{{type}}]->(b:{{labels}})
    WHERE {{start}} >= slice.from AND {{start}} < slice.before
      AND (({{end}} IS NULL AND $openEnds) OR ({{end}} >= $endFrom AND ($endBefore IS NULL OR {{end}} < $endBefore)))
      AND {{visible}}
  RETURN a, r, b
  LIMIT $perSlice
}
UNWIND [a, b] AS n
WITH n, count(*) AS activity, collect(r) AS rels
ORDER BY activity DESC
WITH collect([n, rels]) AS ranked, sum(activity) / 2 AS read
WITH read, size(ranked) AS nodes, ranked[0..$topNodes] AS top
WITH read, nodes, top, CASE size(top) WHEN 0 THEN 0 ELSE ($budget + size(top) - 1) / size(top) END AS perNode
UNWIND range(0, size(top) - 1) AS rank
WITH read, nodes, rank, top[rank][0] AS n, top[rank][1][0..perNode] AS rels
UNWIND rels AS r
WITH read, nodes, rank, n, r, startNode(r) AS a, endNode(r) AS b
RETURN read, nodes, {{nodeId}} AS node, rank, {{edgeId}} AS id, {{sourceId}} AS source, {{targetId}} AS target,
  type(r) AS type, {{start}} AS start, {{end}} AS end, properties(r) AS props
