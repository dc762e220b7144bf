import { currencyExponent, type Money, toDecimalString } from '@/lib/money';
import type { AdapterIssue, ConversionEvent, ConversionStatus } from '../conversion-event';
import { parseDateTime } from '../parse/dates';
import { parseCurrencyCode, parseMoneyAmount } from '../parse/decimal';
import { fail, ok, type Parsed, shown } from '../parse/parsed';
import { normaliseSubId } from '../parse/sub-id';
import { parseIdentifier, parseOptionalText } from '../parse/text';
import { ActionFields, type ActionSource, type ImpactField } from './adapter-fields';

// One Impact action, from a lifecycle postback or the Actions API
// (networks.md §1.4), to one `totals` event: Impact reports the action's
// current Payout and Amount, and intake turns a change into a signed line
// (networks.md §0.2b). Status (networks.md §6.2): PENDING → pending (modified
// actions are PENDING again), APPROVED → approved, REVERSED → declined,
// ClearedDate set → paid.

export const IMPACT_STATES = ['PENDING', 'APPROVED', 'REVERSED'] as const;
export type ImpactState = (typeof IMPACT_STATES)[number];

export type ImpactAction = {
  id: string;
  campaignId: string | null;
  trackerName: string | null;
  /** The state word as sent (kept raw for networkStatus). */
  stateRaw: string;
  state: ImpactState;
  stateDetail: string | null;
  payout: Money;
  amount: Money | null;
  deltaPayout: Money | null;
  deltaAmount: Money | null;
  originalSale: Money | null;
  eventDate: string;
  creationDate: string | null;
  lockingDate: string | null;
  clearedDate: string | null;
  referringDate: string | null;
  oid: string | null;
  subIds: Record<string, string>;
};

const SUB_ID_FIELDS = ['SubId1', 'SubId2', 'SubId3', 'SharedId'] as const satisfies readonly ImpactField[];

/** Impact dates are "ISO-8601 with offset" (networks.md §1.4, §3): one without an offset is refused, not guessed. */
function impactDate(raw: unknown): Parsed<string> {
  if (typeof raw === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/i.test(raw.trim())) {
    return fail(`${shown(raw)} has no UTC offset`);
  }
  return parseDateTime(raw);
}

function impactState(raw: unknown): Parsed<ImpactState> {
  const word = typeof raw === 'string' ? raw.trim().toUpperCase() : raw;
  const state = IMPACT_STATES.find((s) => s === word);
  return state ? ok(state) : fail(`unknown state ${shown(raw)} (expected ${IMPACT_STATES.join(', ')})`);
}

export function readImpactAction(
  source: ActionSource,
): { action: ImpactAction; issues: [] } | { action: null; issues: AdapterIssue[] } {
  const f = new ActionFields(source);
  const id = f.required('Id', parseIdentifier);
  const campaignId = f.optional('CampaignId', parseIdentifier);
  const trackerName = f.optional('ActionTrackerName', parseOptionalText);
  const state = f.required('State', impactState);
  const stateDetail = f.optional('StateDetail', parseOptionalText);
  const currency = f.required('Currency', parseCurrencyCode);
  // Without a currency no amount can be read; the Currency issue says why.
  const payout = readMoney(f, 'Payout', currency, { required: true });
  const amount = readMoney(f, 'Amount', currency, {});
  const deltaPayout = readMoney(f, 'DeltaPayout', currency, { allowNegative: true });
  const deltaAmount = readMoney(f, 'DeltaAmount', currency, { allowNegative: true });
  const originalSale = readOriginalSale(f);
  const eventDate = f.required('EventDate', impactDate);
  const creationDate = f.optional('CreationDate', impactDate);
  const lockingDate = f.optional('LockingDate', impactDate);
  const clearedDate = f.optional('ClearedDate', impactDate);
  const referringDate = f.optional('ReferringDate', impactDate);
  const oid = f.optional('Oid', parseOptionalText);
  const subIds: Record<string, string> = {};
  for (const field of SUB_ID_FIELDS) {
    const raw = f.raw(field);
    if (raw === undefined || raw === null) continue;
    if (typeof raw === 'string') subIds[field] = raw;
    else f.add(field, `sub-id must be a string, got ${shown(raw)}`);
  }
  // "APPROVED: … will pay out"; only an approved action can clear (networks.md §1.4).
  if (clearedDate !== null && state !== null && state !== 'APPROVED') {
    f.add('ClearedDate', `an action in state ${state} cannot have cleared`);
  }

  if (f.issues.length > 0 || id === null || state === null || payout === null || eventDate === null) {
    return {
      action: null,
      issues: f.issues.length > 0 ? f.issues : [{ at: source.at('Id'), problem: 'unreadable action' }],
    };
  }
  return {
    action: {
      id,
      campaignId,
      trackerName,
      stateRaw: String(f.raw('State')).trim(),
      state,
      stateDetail,
      payout,
      amount,
      deltaPayout,
      deltaAmount,
      originalSale,
      eventDate,
      creationDate,
      lockingDate,
      clearedDate,
      referringDate,
      oid,
      subIds,
    },
    issues: [],
  };
}

/** Totals cannot be negative (networks.md §6.1 Money); the deltas of an update can. */
function readMoney(
  f: ActionFields,
  field: ImpactField,
  currency: string | null,
  options: { required?: boolean; allowNegative?: boolean },
): Money | null {
  if (currency === null) return null;
  const parse = (raw: unknown) =>
    parseMoneyAmount(raw, currency, { decimalMark: '.', allowNegative: options.allowNegative ?? false });
  return options.required ? f.required(field, parse) : f.optional(field, parse);
}

/** OriginalAmount in OriginalCurrency: the sale in the shopper's currency (networks.md §3 "Currencies"). */
function readOriginalSale(f: ActionFields): Money | null {
  if (!f.has('OriginalAmount')) return null;
  const currency = f.required('OriginalCurrency', parseCurrencyCode);
  if (currency === null) return null;
  return f.required('OriginalAmount', (raw) => parseMoneyAmount(raw, currency, { decimalMark: '.' }));
}

export function impactStatus(action: ImpactAction): ConversionStatus {
  if (action.state === 'REVERSED') return 'declined';
  if (action.state === 'APPROVED') return action.clearedDate === null ? 'approved' : 'paid';
  return 'pending';
}

/**
 * networks.md §4: Impact's key is ActionUpdate.Id, else ActionId + UpdateDate /
 * DeltaPayout. Neither lifecycle postbacks nor Actions carry an update id or
 * date, so the key is the action id with everything that changes when the
 * action does: its state, its totals, the deltas of the update that produced
 * them (so 3.30 → 2.00 → 3.30 is a new record the second time) and whether it
 * cleared. A postback and a poll of the same state give the same key.
 *   "19816.4636.158133|REVERSED|payout=0.00|amount=0.00|delta=-3.30,-82.49"
 */
export function impactSourceRecordKey(action: ImpactAction): string {
  const decimal = (money: Money | null) =>
    money === null ? '' : toDecimalString(money.amountMinor, currencyExponent(money.currency));
  const parts = [
    action.id,
    action.state,
    `payout=${decimal(action.payout)}`,
    `amount=${decimal(action.amount)}`,
    `delta=${decimal(action.deltaPayout)},${decimal(action.deltaAmount)}`,
  ];
  if (action.clearedDate !== null) parts.push('cleared');
  return parts.join('|');
}

/**
 * Neither channel dates the update itself (no UpdateDate on an Action, none
 * among the postback macros), and using our receive time would make a
 * re-delivered postback a different event. So an event is dated by when its
 * state became final at the latest, from the action's own dates:
 * cleared → ClearedDate; APPROVED and REVERSED → LockingDate (nothing changes
 * an action after it; a reversal is the last word before it); PENDING →
 * CreationDate, else EventDate. Later states therefore sort after earlier ones.
 */
function impactEffectiveAt(action: ImpactAction): string {
  const created = action.creationDate ?? action.eventDate;
  if (action.clearedDate !== null) return action.clearedDate;
  if (action.state === 'PENDING') return created;
  return action.lockingDate ?? created;
}

export function impactEvent(action: ImpactAction): ConversionEvent {
  return {
    network: 'impact',
    sourceRecordKey: impactSourceRecordKey(action),
    networkConversionId: action.id,
    advertiserId: action.campaignId,
    orderRef: action.oid,
    // No type field is documented; a tracker named like a lead is a lead [G].
    type: action.trackerName !== null && /lead/i.test(action.trackerName) ? 'lead' : 'sale',
    clickRef: normaliseSubId(action.subIds.SubId1),
    subIds: action.subIds,
    networkStatus: action.stateRaw,
    status: impactStatus(action),
    amounts: { kind: 'totals', sale: action.amount, commission: action.payout },
    originalSale: action.originalSale,
    convertedAt: action.eventDate,
    clickedAt: action.referringDate,
    effectiveAt: impactEffectiveAt(action),
    validatedAt: null,
    lockAt: action.lockingDate,
    paidAt: action.clearedDate,
    reason: action.stateDetail,
    commissionable: true,
  };
}
