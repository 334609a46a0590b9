// @name lens-search-fulltext
// The nodes a full-text index of the user's own finds for the search text, best first (read-only; Hulian never makes one).
// @param index string — the full-text index's name, from SHOW INDEXES
// @param query string — a Lucene query built from the search text, special characters escaped
// @param limit integer — the most hits to return
// @returns rows: id (element id), score (Lucene's)
CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
RETURN elementId(node) AS id, score
ORDER BY score DESC, id
LIMIT $limit
