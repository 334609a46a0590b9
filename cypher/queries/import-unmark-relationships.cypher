// @name import-unmark-relationships
// After a completed import: removes its marker from the relationships it wrote, in transactions of their own (visibility does not change: the marker already says 'complete'). Auto-commit.
// @param id string — the import's id
// @returns nothing
MATCH ()-[r]->() WHERE r.hulianImport = $id
CALL (r) { REMOVE r.hulianImport } IN TRANSACTIONS OF 20000 ROWS
