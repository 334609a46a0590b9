// @name import-begin
// Opens a batched import: its :Import marker in state 'writing'. Readers ignore every record marked with its id until
// import-complete flips the state (docs/data.md, "The import marker").
// @param id string — the import's id (a UUID)
// @param file string — the imported file's name, for log lines
// @param host string — the machine running the import (os.hostname())
// @param pid integer — its process id, so a clean-up on the same machine can tell a dead import at once
// @returns one row: id
CREATE (i:Import {id: $id, state: 'writing', file: $file, host: $host, pid: $pid, startedAt: datetime(), heartbeatAt: datetime()})
RETURN i.id AS id
