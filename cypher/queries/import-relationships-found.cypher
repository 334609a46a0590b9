// @name import-relationships-found
// Reads, before a batch of a batched import's relationships is written (import-pending-relationships, same
// transaction), which rows find both end nodes and which are already in the database (same id and type between the
// same nodes): left as they are, and those present before this import refreshed by the completing transaction.
// Reading apart from writing keeps both plans free of Eager operators (one plan doing both took up to 50 s a batch), and
// the pattern comprehension pins the check to the pair's own relationships (an OPTIONAL MATCH replanned after the first
// batch took 18 s once).
// The index hints keep the seeks when the plan is made on an empty database (else every row scans every :Entity).
// @param rows list<map> — {id, source, target, type, props}
// @param importId string — the import's id
// @returns one row: matched (rows whose two end nodes were found), present (indexes of rows already there before this
//   import), mine (indexes of rows this import already wrote: a retried batch)
UNWIND range(0, size($rows) - 1) AS index
WITH index, $rows[index] AS row
MATCH (a:Entity {id: row.source}) USING INDEX a:Entity(id)
MATCH (b:Entity {id: row.target}) USING INDEX b:Entity(id)
WITH index, a, b, [(a)-[found]->(b) WHERE found.id = row.id AND type(found) = row.type | coalesce(found.hulianImport, '')] AS marks
RETURN count(*) AS matched,
  collect(CASE WHEN size(marks) > 0 AND marks[0] <> $importId THEN index END) AS present,
  collect(CASE WHEN size(marks) > 0 AND marks[0] = $importId THEN index END) AS mine
