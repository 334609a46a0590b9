// @name lens-nodes-by-ids
// The nodes under a shown label with the given ids (element ids on a foreign database, `id` on Hulian's own), as in
// lens-all-nodes. What a pending import wrote (hulianImport) stays hidden.
// @placeholder labels labels
// @placeholder nodeId nodeId n
// @placeholder caption caption n
// @placeholder group property n
// @placeholder extras map n
// @placeholder visible visible n
// @param ids list<string> — the node ids wanted
// @returns one row per node found: node [id, labels, caption, group, extras]
UNWIND $ids AS wanted
MATCH (n:{{labels}})
  WHERE {{nodeId}} = wanted AND {{visible}}
RETURN [wanted, labels(n), {{caption}}, {{group}}, {{extras}}] AS node
