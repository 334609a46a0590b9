// @name data-version
// The id of the last transaction committed to the database `$database`: any write changes it, so it versions cached
// answers built from the data (server/http/timeline-body.ts). Cheap: no data is read.
// @param database string — the database's name
// @returns one row: txn (an integer; null when Neo4j does not report it)
SHOW DATABASE $database YIELD name, lastCommittedTxn
RETURN lastCommittedTxn AS txn
