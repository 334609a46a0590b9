// @name ownership-tree
// What does $company own, directly or through subsidiaries?
// @titleZh $company 直接或间接拥有哪些公司与平台?
// @param company string tencent
// @requires-node tencent
// @requires-type OWNS
// @returns path (OWNS chain)
MATCH path = (:Entity {id: $company})-[:OWNS]->+(:Entity)
RETURN path
ORDER BY length(path), last(nodes(path)).name
