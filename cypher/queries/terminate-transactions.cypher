// @name terminate-transactions
// Terminates the given transactions (the console watchdog, for runs past their deadline).
// @param ids list<string>
// @returns one row per transaction: transactionId, message
TERMINATE TRANSACTIONS $ids YIELD transactionId, message
RETURN transactionId, message
