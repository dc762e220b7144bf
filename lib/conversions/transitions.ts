import type { ConversionStatus } from '@/lib/networks/conversion-event';

// networks.md §6.2: which status changes a network event may make. Anything
// else is recorded as a rejected transition (kept, flagged for ops), never
// applied. A same-status event is allowed (an amount change, or a repeat).
//
// Decisions where the table leaves a choice ([G] in networks.md):
// - pending → paid is allowed when the network says so (a late first poll
//   can see a conversion already paid);
// - approved → declined is allowed (CJ before lock); networks whose approval
//   is final (Impact) never send it after approval;
// - declined is terminal: a reinstatement goes through manual review;
// - a clawback after payment is a reversal line on a paid conversion, not a
//   status change (the ledger issue turns it into member debt).

const ALLOWED: Record<ConversionStatus, readonly ConversionStatus[]> = {
  pending: ['pending', 'approved', 'declined', 'paid', 'void'],
  approved: ['approved', 'declined', 'paid'],
  declined: ['declined'],
  paid: ['paid'],
  void: ['void'],
};

/** `from` null: the first event seen for this conversion, which may be in any state. */
export function isAllowedTransition(from: ConversionStatus | null, to: ConversionStatus): boolean {
  if (from === null) return true;
  return ALLOWED[from].includes(to);
}
