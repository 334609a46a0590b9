// @name accepts-wechat-pay-as-of
// Which platforms accept WeChat Pay as of $date?
// @titleZh 截至 $date,哪些平台接入了微信支付?
// @param date date 2022-01-01
// @requires-node wechat-pay
// @requires-type ACCEPTS_PAYMENT_FROM
// @returns platform, payment (nodes), accepts (relationship), since, status
MATCH (platform:Entity)-[accepts:ACCEPTS_PAYMENT_FROM]->(payment:Entity {id: 'wechat-pay'})
  WHERE accepts.since <= date($date) AND (accepts.until IS NULL OR accepts.until > date($date))
RETURN platform, accepts, payment, accepts.since AS since, accepts.status AS status
ORDER BY since, platform.name
