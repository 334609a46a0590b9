// @name entity-nodes-by-ids
// The entities with the given ids, each with its camp (`group`) computed as in entity-nodes.
// @param ids list<string> — entity ids
// @returns one row per entity found: node {id, name, nameZh, kind, owner, aliases, description, group}
MATCH (n:Entity)
  WHERE n.id IN $ids AND (n.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: n.hulianImport}) WHERE pending.state = 'complete' })
WITH n, COLLECT { MATCH (root:Entity)-[:OWNS]->*(n) WHERE NOT EXISTS { (:Entity)-[:OWNS]->(root) } RETURN root.id }[0] AS rootId
RETURN n {
  .id, .name, .nameZh, .kind, .owner, .aliases, .description,
  group: CASE WHEN n.kind = 'Regulator' THEN 'regulator' ELSE coalesce(rootId, n.id) END
} AS node
ORDER BY n.id
