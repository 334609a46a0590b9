// @name walls-that-came-down
// Which blocks ended, and what opened between the same two parties afterwards?
// @titleZh 哪些屏蔽已经解除,之后双方开放了什么?
// @param category string open
// @requires-type BLOCKS
// @returns a, b (nodes), block, opening (relationships), blockEnded, openedOn
MATCH (a:Entity)-[block:BLOCKS]->(b:Entity)
  WHERE block.until IS NOT NULL
MATCH (a)-[opening]-(b)
  WHERE opening.since >= block.until
    AND EXISTS { MATCH (t:RelType {type: type(opening), category: $category}) }
RETURN a, block, b, opening, block.until AS blockEnded, opening.since AS openedOn
ORDER BY openedOn
