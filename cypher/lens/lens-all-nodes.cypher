// @name lens-all-nodes
// Every node under a shown label (once, whatever its labels) with its id, labels, caption value, grouping value and
// Hulian's own fields (an empty map on a foreign database). What a pending import wrote (hulianImport) stays hidden.
// @placeholder labels labels
// @placeholder nodeId nodeId n
// @placeholder caption caption n
// @placeholder group property n
// @placeholder extras map n
// @placeholder visible visible n
// @returns one row per node, in id order: node [id, labels, caption, group, extras]
MATCH (n:{{labels}})
  WHERE {{visible}}
WITH n, {{nodeId}} AS id
RETURN [id, labels(n), {{caption}}, {{group}}, {{extras}}] AS node
ORDER BY id
