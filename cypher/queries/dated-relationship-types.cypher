// @name dated-relationship-types
// The allow-list of dated relationship types: the vocabulary's types except ownership, present in the schema or not yet.
// @returns one row per type: type
MATCH (t:RelType)
  WHERE t.category <> 'ownership'
RETURN t.type AS type
UNION
CALL db.relationshipTypes() YIELD relationshipType
WITH relationshipType AS type
  WHERE NOT type IN ['OWNS', 'ISSUED_BY', 'CONCERNS']
RETURN type
