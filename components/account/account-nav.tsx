'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { classNames } from '@/components/ui/class-names';

export type AccountNavItem = { href: string; label: string };

/**
 * The account sections: a column beside the page on wide screens, a row of
 * pills that wraps on phones (nothing hidden behind a scroll or a menu).
 */
export function AccountNav({ items, label }: { items: AccountNavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
        {items.map((item) => {
          // "/account" is the overview only; the others also stand for anything below them.
          const current = item.href === '/account' ? pathname === item.href : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={classNames(
                  'block rounded-full px-3.5 py-2 text-sm font-semibold transition-colors md:rounded-xl',
                  current
                    ? 'bg-brand-700 text-white md:bg-brand-50 md:text-brand-800'
                    : 'bg-slate-100 text-slate-700 hover:bg-slate-200 md:bg-transparent md:hover:bg-slate-100',
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
