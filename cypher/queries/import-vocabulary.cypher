// @name import-vocabulary
// Creates or updates the :RelType nodes that describe the relationship vocabulary, keyed by type; counts those already there.
// @param rows list<map> — {type, label, labelZh, description, category}
// @returns one row: written (rows), present (rows whose type already existed before this query)
UNWIND $rows AS row
OPTIONAL MATCH (old:RelType {type: row.type})
WITH row, count(old) AS present
MERGE (t:RelType {type: row.type})
SET t += row
RETURN count(*) AS written, sum(present) AS present
