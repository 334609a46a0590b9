// @name import-heartbeat
// Says a batched import is alive (every few seconds); a writing import quiet for long is taken for dead and cleaned up.
// @param id string — the import's id
// @returns one row: alive (false when the marker is gone)
OPTIONAL MATCH (i:Import {id: $id})
SET i.heartbeatAt = datetime()
RETURN i IS NOT NULL AS alive
