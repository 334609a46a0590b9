// @name import-nodes
// Creates or updates :Entity nodes keyed by id; the kind (from the allow-list NODE_KINDS) becomes a second label.
// @param rows list<map> — {id, kind, props}
// @returns one row: written (rows), present (rows whose node already existed before this query)
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, count(old) AS present
MERGE (n:Entity {id: row.id})
SET n += row.props
SET n:$(row.kind)
RETURN count(*) AS written, sum(present) AS present
