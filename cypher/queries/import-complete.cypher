// @name import-complete
// The commit point of a batched import: flips its marker to 'complete', inside the transaction that also writes the
// sources, vocabulary, links, milestones and refreshes; from its commit on, readers see every record it wrote.
// @param id string — the import's id
// @returns one row: completed (false when the marker was gone: the import had been cleaned up as dead)
OPTIONAL MATCH (i:Import {id: $id, state: 'writing'})
SET i.state = 'complete', i.completedAt = datetime()
RETURN i IS NOT NULL AS completed
