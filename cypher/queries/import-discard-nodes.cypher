// @name import-discard-nodes
// After a failed, stopped or killed import: deletes the nodes it created (with any relationship left on them), in transactions of their own. Auto-commit.
// @param id string — the import's id
// @returns nothing
MATCH (n:Entity) WHERE n.hulianImport = $id
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
