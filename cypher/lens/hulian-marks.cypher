// @name hulian-marks
// Whether the database holds any node, and the marks of a database Hulian made: :Entity nodes with ids, the :RelType vocabulary.
// @returns one row: holdsNodes, holdsEntities, holdsVocabulary (booleans)
CALL () { MATCH (n) WITH n LIMIT 1 RETURN count(n) > 0 AS holdsNodes }
CALL () { MATCH (n:Entity) WHERE n.id IS NOT NULL WITH n LIMIT 1 RETURN count(n) > 0 AS holdsEntities }
CALL () { MATCH (t:RelType) WITH t LIMIT 1 RETURN count(t) > 0 AS holdsVocabulary }
RETURN holdsNodes, holdsEntities, holdsVocabulary
