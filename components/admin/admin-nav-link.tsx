'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { classNames } from '@/components/ui/class-names';

/** A back-office section link, marked `aria-current` on its section (`exact`: only on its own path). */
export function AdminNavLink({
  href,
  exact,
  children,
}: {
  href: string;
  exact?: boolean;
  children: ReactNode;
}) {
  const pathname = usePathname();
  const active = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={classNames(
        'flex items-center gap-2 rounded-xl px-3 py-2 text-sm font-semibold whitespace-nowrap transition-colors',
        active ? 'bg-slate-900 text-white' : 'text-slate-700 hover:bg-slate-200/70 hover:text-slate-950',
      )}
    >
      {children}
    </Link>
  );
}
