import { classNames } from '@/components/ui/class-names';
import type { MemberCashbackStatus } from '@/db/schema';
import type { Translator } from '@/lib/i18n/translate';

// A purchase's member-side status in the member's words (DESIGN.md §5:
// tracked → pending → confirmed → payable → paid, or cancelled).

export const MEMBER_STATUSES = [
  'tracked',
  'pending',
  'confirmed',
  'payable',
  'paid',
  'cancelled',
] as const satisfies readonly MemberCashbackStatus[];

const tones: Record<MemberCashbackStatus, string> = {
  tracked: 'bg-sky-50 text-sky-900 ring-sky-200',
  pending: 'bg-amber-50 text-amber-900 ring-amber-200',
  confirmed: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  payable: 'bg-emerald-100 text-emerald-900 ring-emerald-300',
  paid: 'bg-brand-50 text-brand-900 ring-brand-200',
  cancelled: 'bg-slate-100 text-slate-700 ring-slate-300',
};

export function statusLabel(status: MemberCashbackStatus, t: Translator): string {
  return t(`accountSpace.cashback.status.${status}`);
}

export function CashbackStatusBadge({ status, t }: { status: MemberCashbackStatus; t: Translator }) {
  return (
    <span
      data-testid="cashback-status"
      data-status={status}
      className={classNames(
        'inline-flex items-center rounded-full px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ring-1 ring-inset',
        tones[status],
      )}
    >
      {statusLabel(status, t)}
    </span>
  );
}
