// @name view-time-span
// The earliest and latest value of one time property of one shown type from $from on (a range index on the property
// answers both from its order, without reading the relationships). What a pending import wrote stays hidden.
// @placeholder labels labels
// @placeholder type type
// @placeholder time property r
// @placeholder visible visible r
// @param from any — the first day a view reads, in the property's storage form
// @returns one row: first, last (as stored; null when no relationship has the property)
CALL () {
  MATCH (:{{labels}})-[r:{{type}}]->(:{{labels}})
    WHERE {{time}} >= $from AND {{visible}}
  RETURN {{time}} AS first
  ORDER BY first
  LIMIT 1
}
CALL () {
  MATCH (:{{labels}})-[r:{{type}}]->(:{{labels}})
    WHERE {{time}} >= $from AND {{visible}}
  RETURN {{time}} AS last
  ORDER BY last DESC
  LIMIT 1
}
RETURN first, last
