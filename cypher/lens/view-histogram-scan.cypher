// @name view-histogram-scan
// view-histogram in one pass, for a time property without a range index: every relationship of the type is read once
// and counted in the bucket its time falls in ($bounds ascending; a value below the first or from the last on is left out).
// The ends' labels are not checked, as in view-histogram. What a pending import wrote stays hidden.
// @placeholder type type
// @placeholder time property r
// @placeholder visible visible r
// @param bounds list<any> — the buckets' inclusive lower bounds and, last, the exclusive upper bound, in storage form
// @returns one row per non-empty bucket: bucket (its index), count
MATCH ()-[r:{{type}}]->()
  WHERE {{time}} >= $bounds[0] AND {{time}} < last($bounds) AND {{visible}}
WITH size([bound IN $bounds WHERE bound <= {{time}}]) - 1 AS bucket
RETURN bucket, count(*) AS count
