// @name entity-nodes
// Every entity; the caller derives each one's camp (`group`) by following the `owner` ids, as all owners are in the list.
// @returns one row per entity: node {id, name, nameZh, kind, owner, aliases, description}
MATCH (n:Entity)
  WHERE (n.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: n.hulianImport}) WHERE pending.state = 'complete' })
RETURN n {.id, .name, .nameZh, .kind, .owner, .aliases, .description} AS node
ORDER BY n.id
