// @name vocabulary-all
// The relationship vocabulary (:RelType nodes): what each type means and its category.
// @returns one row per type: type, label, labelZh, description, category
MATCH (t:RelType)
RETURN t.type AS type, t.label AS label, t.labelZh AS labelZh, t.description AS description, t.category AS category
ORDER BY t.type
