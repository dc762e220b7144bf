import type { ConversionStatus, Money } from '../conversion-event';

// sourceRecordKey for Awin records (networks.md §4 keys Awin on
// `transactionId`; §6.1 wants one key per revision, `${transactionId}#rev${n}`).
// Awin reports *totals* on one record that changes in place (§0.2b), and
// gives no revision number, so the key is the state the record reports:
//
//   <transactionId>#<status>#<sale minor|->#<commission minor>[#from#<old sale|->#<old commission|->]
//
// - a re-delivery of the same state (F2, a re-poll of F3) gives the same key;
// - a status change (F4), payment (`paidToPublisher`, status `paid`) or an
//   amendment (F3) gives a new one;
// - the `#from#…` part, present when `amended` is true, keeps an amendment
//   back to the original amounts (A → B → A) apart from the original state.
//   A → B → A → B repeats a key: Awin records carry no amendment date to tell
//   them apart, and intake's event hash still does.
// The notification and the API use the same shape, so the same state seen on
// both channels has the same key.

export type AwinRecordState = {
  transactionId: string;
  status: ConversionStatus;
  sale: Money | null;
  commission: Money;
  amendedFrom: { sale: Money | null; commission: Money | null } | null;
};

export function awinSourceRecordKey(state: AwinRecordState): string {
  const parts = [state.transactionId, state.status, minor(state.sale), minor(state.commission)];
  if (state.amendedFrom)
    parts.push('from', minor(state.amendedFrom.sale), minor(state.amendedFrom.commission));
  return parts.join('#');
}

function minor(money: Money | null): string {
  return money ? String(money.amountMinor) : '-';
}
