// @name import-forget
// Last step of either clean-up: deletes the :Import marker itself, once nothing carries its id.
// @param id string — the import's id
// @returns nothing
MATCH (i:Import {id: $id})
DELETE i
