// @name import-index
// The index readers use to find an :Import marker by id (the reader predicate's EXISTS subquery); idempotent.
// @returns nothing
CREATE INDEX import_id IF NOT EXISTS FOR (i:Import) ON (i.id)
