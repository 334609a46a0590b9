// @name sample-node-values
// A bounded sample of one node property's values under a label (its storage form, or how many values a grouping would have).
// @placeholder label label
// @placeholder value property n
// @param limit integer — how many values at most
// @returns rows: value
MATCH (n:{{label}})
  WHERE {{value}} IS NOT NULL
RETURN {{value}} AS value
LIMIT $limit
