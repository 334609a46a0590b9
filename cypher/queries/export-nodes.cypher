// @name export-nodes
// Every node with its labels and properties, for db:backup and for canonical dumps that compare two databases.
// @returns rows: key (element id), labels, props
MATCH (n)
  WHERE NOT n:Import AND (n.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: n.hulianImport}) WHERE pending.state = 'complete' })
RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props
