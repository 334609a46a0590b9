// @name changes-in-year
// How many relationships of each type began and ended in $year?
// @titleZh $year 年各类关系分别开始与结束了多少?
// @param year integer {busiestYear}
// @generate once
// @returns type, began, ended
MATCH ()-[r]->()
  WHERE r.since IS NOT NULL AND (r.since.year = $year OR r.until.year = $year)
RETURN type(r) AS type, count(CASE WHEN r.since.year = $year THEN 1 END) AS began,
  count(CASE WHEN r.until.year = $year THEN 1 END) AS ended
ORDER BY began DESC, type
