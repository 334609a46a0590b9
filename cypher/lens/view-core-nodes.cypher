// @name view-core-nodes
// The best-connected nodes under the shown labels, by their number of relationships of the shown types (read from
// Neo4j's degree counts, not by walking relationships): the core whose layout and groups every view reuses.
// What a pending import wrote stays hidden.
// @placeholder labels labels
// @placeholder types types
// @placeholder nodeId nodeId n
// @placeholder caption caption n
// @placeholder visible visible n
// @param limit integer — how many nodes
// @returns one row per node, best-connected first: id, labels, caption, degree
MATCH (n:{{labels}})
  WHERE {{visible}}
WITH n, COUNT { (n)-[:{{types}}]-() } AS degree
  WHERE degree > 0
ORDER BY degree DESC
LIMIT $limit
RETURN {{nodeId}} AS id, labels(n) AS labels, {{caption}} AS caption, degree
