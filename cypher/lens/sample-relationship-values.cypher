// @name sample-relationship-values
// A bounded sample of one relationship property's values, to tell its storage form (epoch s/ms, year, ISO text, other).
// @placeholder type type
// @placeholder value property r
// @param limit integer — how many values at most
// @returns rows: value
MATCH ()-[r:{{type}}]->()
  WHERE {{value}} IS NOT NULL
RETURN {{value}} AS value
LIMIT $limit
