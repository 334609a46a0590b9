// @name import-list
// Every :Import marker, for the clean-up at start and before an import: its state, who ran it, how long it has been quiet.
// @returns rows: id, state, file, host, pid, quietSeconds, startedAt (text)
MATCH (i:Import)
RETURN i.id AS id, i.state AS state, i.file AS file, i.host AS host, i.pid AS pid,
  duration.inSeconds(i.heartbeatAt, datetime()).seconds AS quietSeconds, toString(i.startedAt) AS startedAt
ORDER BY i.startedAt
