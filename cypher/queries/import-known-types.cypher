// @name import-known-types
// The relationship vocabulary already in the database (:RelType nodes), so an import may use those types.
// @returns rows: type, label, labelZh, description, category
MATCH (t:RelType)
RETURN t.type AS type, t.label AS label, t.labelZh AS labelZh, t.description AS description, t.category AS category
ORDER BY type
