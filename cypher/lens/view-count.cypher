// @name view-count
// How many relationships of one shown type a view part covers (the conditions of view-part, over the whole part):
// with a range index on the start property and no end condition, Neo4j counts index entries without reading the
// relationships or their nodes (the ends' labels are not checked, as in view-histogram). Pending imports stay hidden.
// @placeholder type type
// @placeholder start property r
// @placeholder end property r
// @placeholder visible visible r
// @param startFrom any — lowest start, inclusive, in the start's storage form
// @param startBefore any — highest start, exclusive, in the start's storage form
// @param openEnds boolean — whether a relationship with no end is covered
// @param endFrom any — lowest end, inclusive, in the end's storage form (any value when the type has no end)
// @param endBefore any — highest end, exclusive; null: no upper bound
// @returns one row: relationships
MATCH ()-[r:{{type}}]->()
  WHERE {{start}} >= $startFrom AND {{start}} < $startBefore
    AND (({{end}} IS NULL AND $openEnds) OR ({{end}} >= $endFrom AND ($endBefore IS NULL OR {{end}} < $endBefore)))
    AND {{visible}}
RETURN count(r) AS relationships
