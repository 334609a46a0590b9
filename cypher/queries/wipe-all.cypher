// @name wipe-all
// Deletes every node and relationship (db:reset and import --replace, inside the load transaction).
// @returns nothing
MATCH (n)
DETACH DELETE n
