// @name tagged-transactions
// Lists the transactions still running for one request, found by the tag in their metadata (a view whose client went
// away: server/services/abandoned-work.ts ends them).
// @param tag string — the request's tag, as readLens put it in the transaction's metadata
// @returns one row per transaction: transactionId
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.hulianRequest = $tag
RETURN transactionId
