// @name lens-data-counts
// A cheap fingerprint of the data: how many nodes and relationships the database holds (both from Neo4j's count store).
// @returns one row: nodes, relationships (integers)
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
