// @name import-pending-nodes
// One batch of a batched import's :Entity nodes. A new node is created marked with the import's id (invisible to
// readers until the import completes) and labelled with its kind; a node already in the database is left as it is
// and its id returned: its refresh from the file waits for the completing transaction. A node marked by this import
// (a retried batch) counts as new.
// @param rows list<map> — {id, kind, props}
// @param importId string — the import's id
// @returns one row: written (rows), present (ids of nodes that were already in the database)
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
  ON CREATE SET n += row.props, n.hulianImport = $importId, n:$(row.kind)
RETURN count(*) AS written, collect(CASE WHEN n.hulianImport = $importId THEN null ELSE row.id END) AS present
