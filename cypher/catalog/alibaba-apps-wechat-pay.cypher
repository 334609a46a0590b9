// @name alibaba-apps-wechat-pay
// When did each Alibaba app open to WeChat Pay?
// @titleZh 阿里系各应用何时接入微信支付?
// @param owner string alibaba
// @requires-node alibaba wechat-pay
// @requires-type OWNS ACCEPTS_PAYMENT_FROM
// @returns app, payment (nodes), steps (relationships), firstAccepted, steps
MATCH (:Entity {id: $owner})-[:OWNS]->+(app:Entity)-[accepts:ACCEPTS_PAYMENT_FROM]->(payment:Entity {id: 'wechat-pay'})
RETURN app, payment, collect(accepts) AS steps, min(accepts.since) AS firstAccepted
ORDER BY firstAccepted, app.name
