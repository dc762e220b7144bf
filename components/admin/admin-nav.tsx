import {
  Banknote,
  Gift,
  HandCoins,
  Inbox,
  LayoutDashboard,
  type LucideIcon,
  Scale,
  ScrollText,
  Users,
} from 'lucide-react';
import type { UserRole } from '@/db/schema';
import type { Messages, Translator } from '@/lib/i18n/translate';
import { AdminNavLink } from './admin-nav-link';

// The back office's sections, in menu order. A new area (merchants,
// conversions, withdrawals…) is one line here plus its label in
// admin.{fr,en}.ts; `roles` hides a section from staff who may not open it.

type NavKey = `admin.nav.${Exclude<keyof Messages['admin']['nav'], 'label'>}`;

type AdminSection = {
  href: string;
  label: NavKey;
  icon: LucideIcon;
  /** Active on its own path only (the overview would otherwise match every section). */
  exact?: boolean;
  roles?: readonly UserRole[];
};

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { href: '/admin', label: 'admin.nav.overview', icon: LayoutDashboard, exact: true },
  { href: '/admin/users', label: 'admin.nav.users', icon: Users },
  { href: '/admin/ingestion', label: 'admin.nav.ingestion', icon: Inbox, roles: ['ops', 'admin'] },
  { href: '/admin/adjustments', label: 'admin.nav.adjustments', icon: Scale, roles: ['ops', 'admin'] },
  { href: '/admin/withdrawals', label: 'admin.nav.withdrawals', icon: HandCoins, roles: ['ops', 'admin'] },
  { href: '/admin/payouts', label: 'admin.nav.payouts', icon: Banknote, roles: ['ops', 'admin'] },
  {
    href: '/admin/payout-options',
    label: 'admin.nav.payoutOptions',
    icon: Gift,
    roles: ['ops', 'admin'],
  },
  { href: '/admin/audit', label: 'admin.nav.audit', icon: ScrollText },
];

/** Wide screens: a sidebar; narrow ones: a wrapping row of links, no script-driven menu. */
export function AdminNav({ role, t }: { role: UserRole; t: Translator }) {
  const sections = ADMIN_SECTIONS.filter((section) => !section.roles || section.roles.includes(role));
  return (
    <nav aria-label={t('admin.nav.label')}>
      <ul className="flex flex-wrap gap-1 lg:flex-col">
        {sections.map(({ href, label, icon: Icon, exact }) => (
          <li key={href}>
            <AdminNavLink href={href} exact={exact}>
              <Icon aria-hidden="true" className="size-4 shrink-0" />
              {t(label)}
            </AdminNavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
