// @name server-components
// Neo4j's own version and edition, for /api/ready.
// @returns one row: version, edition
CALL dbms.components() YIELD name, versions, edition
WHERE name = 'Neo4j Kernel'
RETURN versions[0] AS version, edition
