// @name import-nodes
// Creates or updates :Entity nodes keyed by id; the kind (from the allow-list NODE_KINDS) becomes a second label.
// @param rows list<map> — {id, kind, props}
// @returns nothing
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n += row.props
SET n:$(row.kind)
