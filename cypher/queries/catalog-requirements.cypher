// @name catalog-requirements
// Which of the entity ids and relationship types the sample questions require the database holds (a type whose token
// the database never had is known absent without looking at any relationship).
// @param nodeIds list<string> — entity ids
// @param types list<string> — relationship types
// @returns one row: nodeIds, types (the present ones)
CALL db.relationshipTypes() YIELD relationshipType
WITH collect(relationshipType) AS known
RETURN
  [id IN $nodeIds WHERE EXISTS { MATCH (:Entity {id: id}) }] AS nodeIds,
  [t IN $types WHERE CASE WHEN t IN known THEN EXISTS { MATCH ()-[r]->() WHERE type(r) = t } ELSE false END] AS types
