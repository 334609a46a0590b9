// @name lens-timeline-edges
// Every relationship of one shown type between shown nodes as a /api/timeline edge row (EDGE_FIELDS order, like
// cypher/queries/timeline-edges.cypher): ids are element ids, start and end turned into YYYY-MM-DD text from any storage
// form (contract/lens.ts StorageForm; whole floats count as integers; a value not in its form counts as missing, and so
// does ISO text naming no real day, such as 2021-02-30; ISO text gives the day it names in its own offset),
// Hulian's own fields null, the other properties as [key, value] pairs. A relationship without a readable start is left out.
// @placeholder labels labels
// @placeholder type type
// @placeholder start property r
// @placeholder end property r
// @param startForm string — the start property's storage form
// @param endForm string — the end property's storage form ('none' when the type has no end)
// @param timeKeys list<string> — the start and end keys, left out of props
// @returns one row per relationship, ordered by start day then element id: edge [id, source, target, type, since, until, sincePrecision, null × 8, [], props [[key, value]]]
MATCH (a:{{labels}})-[r:{{type}}]->(b:{{labels}})
  WHERE (r.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: r.hulianImport}) WHERE pending.state = 'complete' })
WITH a, r, b, [[{{start}}, $startForm], [{{end}}, $endForm]] AS stamps
WITH a, r, b, [stamp IN stamps |
  CASE WHEN stamp[0] IS :: FLOAT AND stamp[1] IN ['epochMillis', 'epochSeconds', 'year'] AND stamp[0] = round(stamp[0])
    THEN [toInteger(stamp[0]), stamp[1]] ELSE stamp END] AS stamps
WITH a, r, b, [stamp IN stamps | CASE
    WHEN stamp[0] IS NULL THEN null
    WHEN stamp[1] = 'date' AND stamp[0] IS :: DATE THEN toString(stamp[0])
    WHEN stamp[1] = 'datetime' AND stamp[0] IS :: ZONED DATETIME THEN toString(date(stamp[0]))
    WHEN stamp[1] = 'localdatetime' AND stamp[0] IS :: LOCAL DATETIME THEN toString(date(stamp[0]))
    WHEN stamp[1] = 'epochMillis' AND stamp[0] IS :: INTEGER AND -30610224000000 <= stamp[0] <= 253402300799999
      THEN toString(date(datetime({epochMillis: stamp[0]})))
    WHEN stamp[1] = 'epochSeconds' AND stamp[0] IS :: INTEGER AND -30610224000 <= stamp[0] <= 253402300799
      THEN toString(date(datetime({epochSeconds: stamp[0]})))
    WHEN stamp[1] = 'year' AND stamp[0] IS :: INTEGER AND 1000 <= stamp[0] <= 9999 THEN toString(date({year: stamp[0]}))
    WHEN stamp[1] = 'isoString' AND stamp[0] IS :: STRING
      AND stamp[0] =~ '[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?)?'
      THEN CASE WHEN (date({year: toInteger(left(stamp[0], 4)), month: toInteger(substring(stamp[0], 5, 2))})
          + duration({days: toInteger(substring(stamp[0], 8, 2)) - 1})).month = toInteger(substring(stamp[0], 5, 2))
        THEN left(stamp[0], 10) END
  END] AS days
  WHERE days[0] IS NOT NULL AND days[0] >= '1000'
RETURN [elementId(r), elementId(a), elementId(b), type(r), days[0], days[1],
  CASE $startForm WHEN 'year' THEN 'year' END, CASE WHEN $endForm = 'year' AND days[1] IS NOT NULL THEN 'year' END,
  null, null, [], null, null, null, null, null, [],
  [key IN keys(r) WHERE NOT key IN $timeKeys | [key, r[key]]]] AS edge
ORDER BY days[0], elementId(r)
