// @name nodes-by-element-ids
// The entity ids behind Neo4j element ids, so console relationships whose ends are not in the rows can still be drawn.
// @param elementIds list<string> — element ids
// @returns one row per node found: elementId, id, labels
MATCH (n)
  WHERE elementId(n) IN $elementIds
RETURN elementId(n) AS elementId, n.id AS id, labels(n) AS labels
