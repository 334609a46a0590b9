// @name view-core-edges
// The pairs of core nodes joined by a relationship of the shown types at any time, with how many join them: the network
// the core's layout and communities are computed on. What a pending import wrote stays hidden.
// @placeholder labels labels
// @placeholder types types
// @placeholder sourceId nodeId a
// @placeholder targetId nodeId b
// @placeholder visible visible r
// @param ids list<string> — the core's node ids
// @returns one row per joined pair: source, target, weight
UNWIND $ids AS id
MATCH (a:{{labels}})
  WHERE {{sourceId}} = id
MATCH (a)-[r:{{types}}]->(b:{{labels}})
  WHERE {{targetId}} IN $ids AND {{visible}}
RETURN {{sourceId}} AS source, {{targetId}} AS target, count(r) AS weight
