// Awin's conversion adapters (networks.md §1.1): the transaction notification
// pushed to /api/postbacks/awin/<token>, and the Transactions API pages the
// sync pulls in 31-day windows.
export { AWIN_API_TIMEZONE } from './adapter-api-record';
export { awinPostbackAdapter } from './adapter-postback';
export { awinSourceRecordKey } from './adapter-record-key';
export { awinTransactionsApiAdapter } from './adapter-transactions-api';
export { awinTransactionWindows } from './transaction-windows';
