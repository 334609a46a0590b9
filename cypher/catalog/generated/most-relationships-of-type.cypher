// @name most-relationships-of-type
// Who has the most {typeLabel} relationships?
// @titleZh 谁的「{typeLabelZh}」关系最多?
// @param type string {type}
// @generate per-type
// @returns node, relationships (count), first (earliest since)
MATCH (node:Entity)-[r]-(:Entity)
  WHERE type(r) = $type
RETURN node, count(r) AS relationships, min(r.since) AS first
ORDER BY relationships DESC, node.name
LIMIT 10
