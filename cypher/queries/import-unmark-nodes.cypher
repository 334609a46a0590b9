// @name import-unmark-nodes
// After a completed import: removes its marker from the nodes it created, in transactions of their own. Auto-commit.
// @param id string — the import's id
// @returns nothing
MATCH (n:Entity) WHERE n.hulianImport = $id
CALL (n) { REMOVE n.hulianImport } IN TRANSACTIONS OF 20000 ROWS
