import type { AdapterResult, PostbackAdapter } from '../conversion-event';
import { readPostbackFields } from '../parse/postback-fields';
import { isUnfilledMacro } from '../parse/sub-id';
import { impactEvent, readImpactAction } from './adapter-action';
import type { ActionSource, ImpactField } from './adapter-fields';

// Impact Action Lifecycle postback (networks.md §1.4 push; fixture F9): fired
// on track, modify and reverse, never on lock or payout (§0.3), GET
// (recommended) or POST with a body template we write. We choose the
// parameter names in the postback URL we give Impact, one per macro:
//
//   action_id={ActionId}&status={Status}&status_detail={StatusDetail}
//   &payout={Payout}&delta_payout={DeltaPayout}&amount={Amount}&delta_amount={DeltaAmount}
//   &currency={Currency}&original_amount={OriginalAmount}&original_currency={OriginalCurrency}
//   &subid1={SubId1}&subid2={SubId2}&subid3={SubId3}&shared_id={SharedId}&oid={Oid}
//   &campaign_id={CampaignId}&event_date={EventDate}&creation_date={CreationDate}
//   &locking_date={LockingDate}
//
// plus `cleared_date` for an Action Clearing notification, whose macro list
// networks.md does not give [G]. A macro Impact left unfilled ("{SubId2}")
// reads as absent.

export const IMPACT_POSTBACK_PARAMS: Readonly<Partial<Record<ImpactField, string>>> = {
  Id: 'action_id',
  CampaignId: 'campaign_id',
  State: 'status',
  StateDetail: 'status_detail',
  Payout: 'payout',
  DeltaPayout: 'delta_payout',
  Amount: 'amount',
  DeltaAmount: 'delta_amount',
  Currency: 'currency',
  OriginalCurrency: 'original_currency',
  OriginalAmount: 'original_amount',
  EventDate: 'event_date',
  CreationDate: 'creation_date',
  LockingDate: 'locking_date',
  ClearedDate: 'cleared_date',
  Oid: 'oid',
  SubId1: 'subid1',
  SubId2: 'subid2',
  SubId3: 'subid3',
  SharedId: 'shared_id',
};

export const impactPostbackAdapter: PostbackAdapter = (raw): AdapterResult => {
  const fields = readPostbackFields(raw);
  if (!fields.ok) {
    return {
      events: [],
      issues: [{ at: raw.method === 'POST' ? 'body' : 'query', problem: fields.problem }],
    };
  }
  const source: ActionSource = {
    value(field) {
      const param = IMPACT_POSTBACK_PARAMS[field];
      const value = param === undefined ? undefined : fields.value[param]?.value;
      return value !== undefined && isUnfilledMacro(value) ? undefined : value;
    },
    at(field) {
      const param = IMPACT_POSTBACK_PARAMS[field] ?? field;
      return fields.value[param]?.at ?? `query.${param}`;
    },
  };
  const read = readImpactAction(source);
  if (!read.action) return { events: [], issues: read.issues };
  return { events: [impactEvent(read.action)], issues: [] };
};
