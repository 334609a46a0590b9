// @name catalog-data-facts
// What the generated sample questions are built from: the dated relationship types with the most relationships (each with
// its vocabulary labels and the year most of them began), and the entities with the most dated relationships.
// @param typeLimit integer — how many types
// @param hubLimit integer — how many entities
// @returns one row: types [{type, label, labelZh, count, busiestYear}], hubs [{id, name, nameZh}]
CALL () {
  MATCH ()-[r]->()
    WHERE r.since IS NOT NULL
  WITH type(r) AS type, r.since.year AS year, count(*) AS began
  ORDER BY began DESC, year
  WITH type, sum(began) AS count, collect(year)[0] AS busiestYear
  ORDER BY count DESC, type
  LIMIT $typeLimit
  OPTIONAL MATCH (vocabulary:RelType {type: type})
  RETURN collect({type: type, label: vocabulary.label, labelZh: vocabulary.labelZh, count: count, busiestYear: busiestYear}) AS types
}
CALL () {
  MATCH (n:Entity)
  WITH n, COUNT { (n)-[r]-() WHERE r.since IS NOT NULL } AS degree
    WHERE degree > 0
  ORDER BY degree DESC, n.id
  LIMIT $hubLimit
  RETURN collect({id: n.id, name: n.name, nameZh: n.nameZh}) AS hubs
}
RETURN types, hubs
