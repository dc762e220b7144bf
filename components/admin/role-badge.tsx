import type { UserRole } from '@/db/schema';
import type { Translator } from '@/lib/i18n/translate';

const tones: Record<UserRole, string> = {
  member: 'bg-slate-100 text-slate-700 ring-slate-200',
  ops: 'bg-sky-50 text-sky-800 ring-sky-200',
  admin: 'bg-accent-50 text-accent-800 ring-accent-200',
};

/** A role as a pill; staff roles stand out from members at a glance. */
export function RoleBadge({ role, t }: { role: UserRole; t: Translator }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[role]}`}
    >
      {t(`admin.roles.${role}`)}
    </span>
  );
}
