// @name entity-nodes
// Every entity; the caller derives each one's camp (`group`) by following the `owner` ids, as all owners are in the list.
// @returns one row per entity: node {id, name, nameZh, kind, owner, aliases, description}
MATCH (n:Entity)
RETURN n {.id, .name, .nameZh, .kind, .owner, .aliases, .description} AS node
ORDER BY n.id
