// @name view-histogram
// How many relationships of one shown type have their time (start, or end) in each bucket, one count per bucket:
// each bucket is its own range, so a range index on the time property counts it without reading the relationships or
// their nodes (the ends' labels are not checked: the lens's labels are those discovery found at the type's ends).
// What a pending import wrote stays hidden.
// @placeholder type type
// @placeholder time property r
// @placeholder visible visible r
// @param buckets list<map> — {at: the bucket's last day, from: inclusive bound, before: exclusive bound}, in storage form
// @returns one row per bucket: at, count
UNWIND $buckets AS bucket
CALL (bucket) {
  MATCH ()-[r:{{type}}]->()
    WHERE {{time}} >= bucket.from AND {{time}} < bucket.before AND {{visible}}
  RETURN count(r) AS count
}
RETURN bucket.at AS at, count
