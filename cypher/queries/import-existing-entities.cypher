// @name import-existing-entities
// Which of the given ids already name an :Entity in the database, and its kind (an import may link to them).
// @param ids list<string> — node ids an import refers to
// @returns rows: id, kind
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n.id AS id, n.kind AS kind
