// @name nodes-search
// Finds entities whose name, Chinese name, an alias or a search key (a spelling never displayed) contains the text,
// case-insensitively; ranked exact > prefix > contains.
// @param q string — the search text
// @param limit integer — the most results to return
// @returns one row per match: id, score (3 exact, 2 prefix, 1 contains), matched ("name" | "nameZh" | "alias")
WITH toLower(trim($q)) AS q
MATCH (n:Entity)
  WHERE (n.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: n.hulianImport}) WHERE pending.state = 'complete' })
WITH n, q, [f IN [{field: 'name', text: n.name}, {field: 'nameZh', text: n.nameZh}]
  + [alias IN coalesce(n.aliases, []) + coalesce(n.searchKeys, []) | {field: 'alias', text: alias}] WHERE f.text IS NOT NULL | f] AS fields
UNWIND range(0, size(fields) - 1) AS i
WITH n, q, i, fields[i].field AS field, toLower(fields[i].text) AS text
  WHERE text CONTAINS q
WITH n, i, field, CASE WHEN text = q THEN 3 WHEN text STARTS WITH q THEN 2 ELSE 1 END AS score
ORDER BY score DESC, i ASC
WITH n, collect({score: score, field: field})[0] AS best
RETURN n.id AS id, best.score AS score, best.field AS matched
ORDER BY score DESC, CASE matched WHEN 'name' THEN 0 WHEN 'nameZh' THEN 1 ELSE 2 END, size(n.name), n.id
LIMIT $limit
