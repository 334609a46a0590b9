// @name import-sources
// Creates or updates the :Source nodes (one per article or imported file), keyed by id; counts those already there.
// @param rows list<map> — {id, props}
// @returns one row: written (rows), present (rows whose source already existed before this query)
UNWIND $rows AS row
OPTIONAL MATCH (old:Source {id: row.id})
WITH row, count(old) AS present
MERGE (s:Source {id: row.id})
SET s += row.props
RETURN count(*) AS written, sum(present) AS present
