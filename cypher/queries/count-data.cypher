// @name count-data
// Counts every node and relationship in the database (used to decide whether to seed, and by tests).
// @returns one row: nodes, relationships
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
