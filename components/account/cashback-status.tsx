import { classNames } from '@/components/ui/class-names';
import type { MemberConversionStatus } from '@/lib/conversions/member-conversions';
import type { Translator } from '@/lib/i18n/translate';

// A purchase's status in the member's words. Declined and void read the same
// to a member (no cashback on this purchase): one word, one legend entry.

const tones: Record<MemberConversionStatus, string> = {
  pending: 'bg-amber-50 text-amber-900 ring-amber-200',
  approved: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  paid: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  declined: 'bg-slate-100 text-slate-700 ring-slate-300',
  void: 'bg-slate-100 text-slate-700 ring-slate-300',
};

/** Which legend entry explains a status. */
export const STATUS_LEGEND = ['pending', 'approved', 'paid', 'cancelled'] as const;
export type StatusLegendKey = (typeof STATUS_LEGEND)[number];

export function legendKeyOf(status: MemberConversionStatus): StatusLegendKey {
  return status === 'declined' || status === 'void' ? 'cancelled' : status;
}

export function statusLabel(status: MemberConversionStatus, t: Translator): string {
  return t(`accountSpace.cashback.status.${status}`);
}

export function CashbackStatusBadge({ status, t }: { status: MemberConversionStatus; t: Translator }) {
  return (
    <span
      data-testid="cashback-status"
      data-status={status}
      className={classNames(
        'inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 ring-inset',
        tones[status],
      )}
    >
      {statusLabel(status, t)}
    </span>
  );
}
