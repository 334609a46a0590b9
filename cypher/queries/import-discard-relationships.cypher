// @name import-discard-relationships
// After a failed, stopped or killed import: deletes the relationships it wrote (never visible: its marker said 'writing'), in transactions of their own. Auto-commit.
// @param id string — the import's id
// @returns nothing
MATCH ()-[r]->() WHERE r.hulianImport = $id
CALL (r) { DELETE r } IN TRANSACTIONS OF 20000 ROWS
