// @name edges-in-force
// The dated relationships in force on a day: since <= day and (until is null or until > day).
// @param at string — the day, YYYY-MM-DD
// @returns one row per relationship: edge {props, type, source, target}
WITH date($at) AS day
MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.since <= day AND (r.until IS NULL OR r.until > day)
RETURN {props: properties(r), type: type(r), source: a.id, target: b.id} AS edge
ORDER BY r.since, r.id
