// @name timeline-edges
// Every dated relationship between entities as its /api/timeline edge row: the values in the order of the timeline's
// edge `fields`, dates as YYYY-MM-DD text, sources as [id, pointer] pairs (the pointer without its "<id> " prefix).
// @param ownKeys list<string> — the property keys Hulian stores itself; every other key is sent as one of the edge's props
// @returns one row per relationship, ordered by since then id: edge [id, source, target, type, since, until, sincePrecision, untilPrecision, status, note, sources [[id, pointer]], disputed {field, value, source, note} | null, sinceQualifier, untilQualifier, scope, noteZh, inferred [{field, note}], props [[key, value]] (turned into a map by the server)]
MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.since IS NOT NULL AND (r.hulianImport IS NULL OR EXISTS { MATCH (pending:Import {id: r.hulianImport}) WHERE pending.state = 'complete' })
WITH a, r, b, coalesce(r.sources, []) AS ids, coalesce(r.sourcePointers, []) AS pointers,
  coalesce(r.inferredFields, []) AS inferredFields, coalesce(r.inferredNotes, []) AS inferredNotes
RETURN [coalesce(r.id, ''), a.id, b.id, type(r), toString(r.since), toString(r.until), r.sincePrecision, r.untilPrecision,
  r.status, r.note,
  [i IN range(0, size(ids) - 1) | [ids[i], CASE WHEN pointers[i] STARTS WITH ids[i] + ' '
    THEN substring(pointers[i], size(ids[i]) + 1) ELSE coalesce(pointers[i], '') END]],
  CASE WHEN coalesce(r.disputedField, '') = '' THEN null
    ELSE {field: r.disputedField, value: r.disputedValue, source: r.disputedSource, note: r.disputedNote} END,
  r.sinceQualifier, r.untilQualifier, r.scope, r.noteZh,
  [i IN range(0, size(inferredFields) - 1) | {field: inferredFields[i], note: coalesce(inferredNotes[i], '')}],
  [key IN keys(r) WHERE NOT key IN $ownKeys | [key, r[key]]]] AS edge
ORDER BY r.since, r.id
