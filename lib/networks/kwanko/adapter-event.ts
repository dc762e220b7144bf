import type { ConversionEvent, ConversionStatus, Money } from '../conversion-event';
import { normaliseSubId } from '../parse/sub-id';

// What Kwanko's postback and conversions API share once their fields are read
// (networks.md §1.6): the event, its source record key and the status words.
//
// sourceRecordKey = `${kwanko_id}#${state}#${earnings}#${turnover}`, amounts
// in minor units with their currency, "-" for no turnover (the postback sends
// none): "98765432#pending_approval#423EUR#8450EUR". A re-delivery of the same
// state gives the same key; a new state or amount a new one (§4 keys on
// `kwanko_id` / `{UNIQUE_CONV_ID}`, the state makes it per record).

export const KWANKO = 'kwanko';

/** networks.md §6.2: pending_approval / approved / rejected. */
export const KWANKO_STATES: Readonly<Record<string, ConversionStatus>> = {
  pending_approval: 'pending',
  approved: 'approved',
  rejected: 'declined',
};

export type KwankoRecord = {
  conversionId: string;
  campaignId: string | null;
  /** The state word as sent ('' from the postback, which has no status macro). */
  networkStatus: string;
  /** The word the key carries: the state, or `pending_approval` for a postback. */
  keyState: string;
  status: ConversionStatus;
  /** `argsite`, `argsite1`…, `argsitex`, as received. */
  subIds: Record<string, string>;
  commission: Money;
  sale: Money | null;
  convertedAt: string;
};

export function kwankoEvent(record: KwankoRecord): ConversionEvent {
  const { commission, sale } = record;
  return {
    network: KWANKO,
    sourceRecordKey: `${record.conversionId}#${record.keyState}#${moneyKey(commission)}#${sale ? moneyKey(sale) : '-'}`,
    networkConversionId: record.conversionId,
    advertiserId: record.campaignId,
    orderRef: null,
    // Neither channel says sale or lead; Kwanko pays on both [G].
    type: 'sale',
    clickRef: normaliseSubId(record.subIds.argsite),
    subIds: record.subIds,
    networkStatus: record.networkStatus,
    status: record.status,
    amounts: { kind: 'totals', sale, commission },
    originalSale: null,
    convertedAt: record.convertedAt,
    clickedAt: null,
    // No approval date is documented on either channel: every state takes
    // effect at the conversion's completion time.
    effectiveAt: record.convertedAt,
    validatedAt: null,
    lockAt: null,
    paidAt: null,
    reason: null,
    commissionable: true,
  };
}

function moneyKey(money: Money): string {
  return `${money.amountMinor}${money.currency}`;
}
