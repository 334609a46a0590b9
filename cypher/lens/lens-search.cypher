// @name lens-search
// Finds nodes under a shown label whose caption (and, on Hulian's own data, Chinese name, aliases or search keys)
// contains the text, case-insensitively; ranked exact > prefix > contains, at most $limit. What a pending import wrote
// (hulianImport) stays hidden.
// @placeholder labels labels
// @placeholder nodeId nodeId n
// @placeholder caption caption n
// @placeholder nameZh property n
// @placeholder aliases property n
// @placeholder searchKeys property n
// @placeholder visible visible n
// @param q string — the search text
// @param limit integer — the most results to return
// @returns one row per match: id, score (3 exact, 2 prefix, 1 contains), matched ("name" | "nameZh" | "alias")
WITH toLower(trim($q)) AS q
MATCH (n:{{labels}})
  WHERE {{visible}}
WITH n, q, toStringOrNull({{caption}}) AS name
WITH n, q, name, [f IN [{field: 'name', text: name}, {field: 'nameZh', text: toStringOrNull({{nameZh}})}]
  + [alias IN coalesce({{aliases}}, []) + coalesce({{searchKeys}}, []) | {field: 'alias', text: toStringOrNull(alias)}]
  WHERE f.text IS NOT NULL | f] AS fields
UNWIND range(0, size(fields) - 1) AS i
WITH n, q, name, i, fields[i].field AS field, toLower(fields[i].text) AS text
  WHERE text CONTAINS q
WITH n, name, i, field, CASE WHEN text = q THEN 3 WHEN text STARTS WITH q THEN 2 ELSE 1 END AS score
ORDER BY score DESC, i ASC
WITH n, name, collect({score: score, field: field})[0] AS best
WITH {{nodeId}} AS id, name, best
RETURN id, best.score AS score, best.field AS matched
ORDER BY score DESC, CASE matched WHEN 'name' THEN 0 WHEN 'nameZh' THEN 1 ELSE 2 END, size(name), id
LIMIT $limit
