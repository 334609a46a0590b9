// @name relationships-began-in-year
// Which {typeLabel} relationships began in $year?
// @titleZh 哪些「{typeLabelZh}」关系始于 $year 年?
// @param type string {type}
// @param year integer {busiestYear}
// @generate per-type
// @returns a, b (nodes), r (relationship), since, until
MATCH (a:Entity)-[r]->(b:Entity)
  WHERE type(r) = $type AND r.since >= date({year: $year, month: 1, day: 1}) AND r.since < date({year: $year + 1, month: 1, day: 1})
RETURN a, r, b, r.since AS since, r.until AS until
ORDER BY since, a.name
LIMIT 200
