// @name blocked-before
// Who blocked whom before $before?
// @titleZh $before 之前,谁屏蔽了谁?
// @param before date 2021-01-01
// @requires-type BLOCKS
// @returns blocker, blocked (nodes), block (relationship), since, until
MATCH (blocker:Entity)-[block:BLOCKS]->(blocked:Entity)
  WHERE block.since < date($before)
RETURN blocker, block, blocked, block.since AS since, block.until AS until
ORDER BY since, blocker.name
