// @name console-transactions
// Lists the transactions still running for one console run, found by the run id in their metadata (the watchdog's check).
// @param run string
// @returns one row per transaction: transactionId, elapsedMs
SHOW TRANSACTIONS YIELD transactionId, metaData, elapsedTime
WHERE metaData.hulianConsoleRun = $run
RETURN transactionId, elapsedTime.milliseconds AS elapsedMs
