// @name edges-diff
// The dated relationships in force on either of two days, flagged with where each one is in force.
// @param from string — the first day, YYYY-MM-DD
// @param to string — the second day, YYYY-MM-DD
// @returns one row per relationship: edge {props, type, source, target}, atFrom, atTo (booleans)
WITH date($from) AS d1, date($to) AS d2
MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.since IS NOT NULL AND (r.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: r.hulianImport}) WHERE pending.state = 'complete' })
WITH a, r, b,
  (r.since <= d1 AND (r.until IS NULL OR r.until > d1)) AS atFrom,
  (r.since <= d2 AND (r.until IS NULL OR r.until > d2)) AS atTo
  WHERE atFrom OR atTo
RETURN {props: properties(r), type: type(r), source: a.id, target: b.id} AS edge, atFrom, atTo
ORDER BY r.since, r.id
