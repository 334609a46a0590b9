// @name import-sources
// Creates or updates the :Source nodes (one per article or imported file), keyed by id.
// @param rows list<map> — {id, props}
// @returns nothing
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props
