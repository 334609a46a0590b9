// @name paths-taobao-wechat-in-year
// Paths from Taobao to WeChat in $year (relationships in force on 31 December)
// @titleZh $year 年从淘宝到微信的路径(以12月31日在效关系计)
// @param year integer 2022
// @requires-node taobao wechat
// @returns path, hops
WITH date({year: $year, month: 12, day: 31}) AS day
MATCH path = ALL SHORTEST (:Entity {id: 'taobao'})(()-[r WHERE r.since <= day AND (r.until IS NULL OR r.until > day)]-()){1,6}(:Entity {id: 'wechat'})
RETURN path, length(path) AS hops
LIMIT 25
