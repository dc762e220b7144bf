'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { classNames } from '@/components/ui/class-names';

export type NavLinkProps = {
  href: string;
  /** The path prefix this link stands for (`/stores` matches `/stores/fnac`). */
  match: string;
  className?: string;
  children: ReactNode;
};

/** A header link marked `aria-current="page"` on its section. */
export function NavLink({ href, match, className, children }: NavLinkProps) {
  const pathname = usePathname();
  const active = pathname === match || pathname.startsWith(`${match}/`);
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={classNames(
        'rounded-full px-2 py-2 text-[0.8125rem] font-semibold whitespace-nowrap transition-colors min-[400px]:px-3 min-[400px]:text-sm',
        active ? 'bg-brand-50 text-brand-800' : 'text-slate-700 hover:bg-slate-100 hover:text-slate-950',
        className,
      )}
    >
      {children}
    </Link>
  );
}
