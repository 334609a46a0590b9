// @name lens-edges-count
// How many relationships lens-edges-export streams for the same $at (every one with a readable start, or those in
// force on $at). Pending imports (hulianImport) hidden.
// @placeholder labels labels
// @placeholder types types
// @placeholder start start r
// @placeholder end end r
// @placeholder visible visible r
// @param at string|null — the day (YYYY-MM-DD), or null for every relationship
// @returns one row: total
MATCH (:{{labels}})-[r:{{types}}]->(:{{labels}})
WITH r, {{start}} AS since, {{end}} AS until
  WHERE since >= date('1000-01-01') AND ($at IS NULL OR (since <= date($at) AND (until IS NULL OR date($at) < until))) AND {{visible}}
RETURN count(r) AS total
