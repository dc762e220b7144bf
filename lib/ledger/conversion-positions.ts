import type { ConversionStatusValue, MemberCashbackStatus } from '@/db/schema';

// Where one conversion's money should stand in the ledger (DESIGN.md §4), as
// debit-positive amounts per bucket. The poster compares this target with
// what the conversion's entries already hold and posts the difference, so
// every change (tracked, amended, confirmed, declined, assigned, paid) is one
// rule, replays post nothing, and the same events in any order end with the
// same ledger. Buckets always sum to zero:
//   receivable + cash + marketing = member + margin
// where the member's part sits in pending, confirmed or available by their
// status, and the margin in pending until the network approves.

export type Buckets = {
  receivable: number;
  cash: number;
  marketing: number;
  memberPending: number;
  memberConfirmed: number;
  memberAvailable: number;
  marginPending: number;
  margin: number;
};

export const ZERO_BUCKETS: Buckets = {
  receivable: 0,
  cash: 0,
  marketing: 0,
  memberPending: 0,
  memberConfirmed: 0,
  memberAvailable: 0,
  marginPending: 0,
  margin: 0,
};

export type PositionInput = {
  status: ConversionStatusValue;
  memberStatus: MemberCashbackStatus | null;
  commissionMinor: number;
  memberMinor: number;
  platformMinor: number;
  marketingMinor: number;
  /** What the network has paid us for this conversion so far (the cash bucket now). */
  cashMinor: number;
};

const CANCELLED: ReadonlySet<ConversionStatusValue> = new Set(['declined', 'void']);

export function conversionPositions(input: PositionInput): Buckets {
  const { status } = input;
  const live = !CANCELLED.has(status);
  const commission = live ? input.commissionMinor : 0;
  const member = live ? input.memberMinor : 0;
  const platform = live ? input.platformMinor : 0;
  const marketing = live ? input.marketingMinor : 0;
  if (member + platform !== commission + marketing) {
    throw new Error(`split parts ${member} + ${platform} do not make ${commission} + ${marketing}`);
  }
  // Paid: the network's money is in, once. A later reversal or amendment
  // leaves it there and moves the receivable instead (the network nets the
  // difference in a later payment).
  const cash = input.cashMinor !== 0 ? input.cashMinor : status === 'paid' ? commission : 0;
  const approved = status === 'approved' || status === 'paid';
  const where = input.memberStatus;
  return {
    receivable: commission - cash,
    cash,
    marketing,
    memberPending: where === 'tracked' || where === 'pending' ? 0 - member : 0,
    memberConfirmed: where === 'confirmed' ? 0 - member : 0,
    memberAvailable: where === 'payable' || where === 'paid' ? 0 - member : 0,
    marginPending: approved ? 0 : 0 - platform,
    margin: approved ? 0 - platform : 0,
  };
}

export function bucketsSum(buckets: Buckets): number {
  return Object.values(buckets).reduce((sum, value) => sum + value, 0);
}
