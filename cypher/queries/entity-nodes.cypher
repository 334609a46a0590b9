// @name entity-nodes
// Every entity with its camp (`group`): the root owner company following OWNS upward; regulators get "regulator".
// @returns one row per entity: node {id, name, nameZh, kind, owner, aliases, description, group}
MATCH (n:Entity)
OPTIONAL MATCH (root:Entity)-[:OWNS]->*(n)
  WHERE NOT EXISTS { (:Entity)-[:OWNS]->(root) }
WITH n, collect(root.id)[0] AS rootId
RETURN n {
  .id, .name, .nameZh, .kind, .owner, .aliases, .description,
  group: CASE WHEN n.kind = 'Regulator' THEN 'regulator' ELSE coalesce(rootId, n.id) END
} AS node
ORDER BY n.id
