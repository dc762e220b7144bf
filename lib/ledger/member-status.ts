import type { ConversionStatusValue, MemberCashbackStatus } from '@/db/schema';

// The member's side of a purchase (DESIGN.md §5): tracked → pending →
// confirmed → payable → paid, or cancelled. A postback is a hint: a purchase
// only a postback told us of is `tracked`; once the network's own report (API
// or uploaded report) lists it, or its return window has closed (lock date
// passed), it is `pending`. The network's approval confirms it; the hold rule
// decides when it becomes payable: at approval, or once the network has paid
// us. `paid` is reached by withdrawals (issue 7), never from here.

export type HoldRule = 'on_approval' | 'network_paid';

export function memberStatus(input: {
  status: ConversionStatusValue;
  reportedByNetwork: boolean;
  lockPassed: boolean;
  holdRule: HoldRule;
  previous: MemberCashbackStatus | null;
}): MemberCashbackStatus {
  switch (input.status) {
    case 'declined':
    case 'void':
      return 'cancelled';
    case 'paid':
      return input.previous === 'paid' ? 'paid' : 'payable';
    case 'approved':
      if (input.previous === 'paid') return 'paid';
      return input.holdRule === 'on_approval' ? 'payable' : 'confirmed';
    case 'pending':
      return input.reportedByNetwork || input.lockPassed || input.previous === 'pending'
        ? 'pending'
        : 'tracked';
  }
}
