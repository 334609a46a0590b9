// @name lens-nodes
// The nodes under one shown label, with their caption and grouping value as text (null where the lens names none).
// @placeholder label label
// @placeholder caption property n
// @placeholder group property n
// @returns rows: id (element id), labels, caption, group
MATCH (n:{{label}})
  WHERE (n.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: n.hulianImport}) WHERE pending.state = 'complete' })
RETURN elementId(n) AS id, labels(n) AS labels, toStringOrNull({{caption}}) AS caption, toStringOrNull({{group}}) AS group
ORDER BY id
