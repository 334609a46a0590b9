// @name export-relationships
// Every relationship with its type, properties and the element ids of its two ends, for db:backup and canonical dumps.
// @returns rows: key (element id), type, props, start, end (element ids of the start and end nodes)
MATCH (a)-[r]->(b)
  WHERE (r.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: r.hulianImport}) WHERE pending.state = 'complete' })
RETURN elementId(r) AS key, type(r) AS type, properties(r) AS props, elementId(a) AS start, elementId(b) AS end
