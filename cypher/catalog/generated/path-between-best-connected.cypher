// @name path-between-best-connected
// How are {fromName} and {toName}, the two best-connected nodes, connected?
// @titleZh 连接最多的两个节点 {fromNameZh} 与 {toNameZh} 之间有哪些路径?
// @param from string {hub1}
// @param to string {hub2}
// @generate hub-pair
// @returns path, hops
MATCH path = ALL SHORTEST (:Entity {id: $from})(()-[]-()){1,6}(:Entity {id: $to})
RETURN path, length(path) AS hops
LIMIT 25
