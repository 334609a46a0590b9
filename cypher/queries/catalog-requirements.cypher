// @name catalog-requirements
// Which of the entity ids and relationship types the sample questions require the database holds.
// @param nodeIds list<string> — entity ids
// @param types list<string> — relationship types
// @returns one row: nodeIds, types (the present ones)
RETURN
  [id IN $nodeIds WHERE EXISTS { MATCH (:Entity {id: id}) }] AS nodeIds,
  [t IN $types WHERE EXISTS { MATCH ()-[r]->() WHERE type(r) = t }] AS types
