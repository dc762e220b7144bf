import type { ConversionEvent, ConversionStatus, ConversionType, Money } from '../conversion-event';
import { fail, ok, type Parsed, shown } from '../parse/parsed';
import { normaliseSubId } from '../parse/sub-id';

// What Admitad's postback and statistics API share once their fields are read
// (networks.md §1.8): status words, `reward_ready`, the event and its key.
//
// - Statuses (§6.2): pending, hold (and its variants) and approved_but_stalled
//   → pending; approved → approved; declined → declined. Anything else is an
//   issue.
// - `reward_ready` is Admitad's paid signal (§3: "ready for withdrawal"): an
//   approved action with reward_ready=1 is `paid` [G: §6.2 "paid-eligible"].
//   reward_ready=1 on a pending or declined action contradicts itself and is
//   an issue.
//
// sourceRecordKey = `${action_id}#${status}${reward}#${payment}#${cart}`: the
// status word as sent, lower-cased, "+reward_ready" when set, amounts in minor
// units with their currency, "-" for no cart:
// "771234567#approved+reward_ready#423EUR#8450EUR". The same state re-sent
// gives the same key; a new status, reward flag or amount a new one (§4 keys
// on `action_id`). hold and pending stay distinct keys though both are pending.

export const ADMITAD = 'admitad';

const STATUSES: Readonly<Record<string, ConversionStatus>> = {
  pending: 'pending',
  hold: 'pending',
  approved_but_stalled: 'pending',
  approved: 'approved',
  declined: 'declined',
};

/** The canonical status of a status word and reward flag; `word` '' when none was sent (a new action). */
export function admitadStatus(word: string, rewardReady: boolean): Parsed<ConversionStatus> {
  const key = word.trim().toLowerCase();
  const status = key === '' ? 'pending' : (STATUSES[key] ?? (key.includes('hold') ? 'pending' : undefined));
  if (!status) {
    return fail(
      `unknown status ${shown(word)} (expected pending, hold, approved_but_stalled, approved or declined)`,
    );
  }
  if (!rewardReady) return ok(status);
  if (key === '' || status === 'approved') return ok('paid');
  return fail(`reward_ready is set on a ${shown(word)} action`);
}

/** `action_type` / `[[[type]]]`: sale or lead. */
export function admitadType(raw: string | null): ConversionType {
  const word = raw?.trim().toLowerCase();
  return word === 'sale' || word === 'lead' ? word : 'other';
}

export type AdmitadRecord = {
  actionId: string;
  campaignId: string | null;
  orderRef: string | null;
  type: ConversionType;
  /** The status word as sent ('' when a postback carries none). */
  networkStatus: string;
  rewardReady: boolean;
  status: ConversionStatus;
  subIds: Record<string, string>;
  commission: Money;
  sale: Money | null;
  convertedAt: string;
  clickedAt: string | null;
  /** When the status took effect (`status_updated`), else the action time. */
  effectiveAt: string;
  validatedAt: string | null;
};

export function admitadEvent(record: AdmitadRecord): ConversionEvent {
  const { commission, sale } = record;
  const state = `${record.networkStatus.trim().toLowerCase() || 'pending'}${record.rewardReady ? '+reward_ready' : ''}`;
  return {
    network: ADMITAD,
    sourceRecordKey: `${record.actionId}#${state}#${moneyKey(commission)}#${sale ? moneyKey(sale) : '-'}`,
    networkConversionId: record.actionId,
    advertiserId: record.campaignId,
    orderRef: record.orderRef,
    type: record.type,
    clickRef: normaliseSubId(record.subIds.subid),
    subIds: record.subIds,
    networkStatus: record.networkStatus,
    status: record.status,
    amounts: { kind: 'totals', sale, commission },
    originalSale: null,
    convertedAt: record.convertedAt,
    clickedAt: record.clickedAt,
    effectiveAt: record.effectiveAt,
    validatedAt: record.validatedAt,
    lockAt: null,
    // Admitad gives no time for reward_ready.
    paidAt: null,
    reason: null,
    commissionable: true,
  };
}

function moneyKey(money: Money): string {
  return `${money.amountMinor}${money.currency}`;
}
