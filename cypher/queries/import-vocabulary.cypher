// @name import-vocabulary
// Creates or updates the :RelType nodes that describe the relationship vocabulary, keyed by type.
// @param rows list<map> — {type, label, labelZh, description, category}
// @returns nothing
UNWIND $rows AS row
MERGE (t:RelType {type: row.type})
SET t += row
