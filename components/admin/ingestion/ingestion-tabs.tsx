'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { classNames } from '@/components/ui/class-names';

export type IngestionTab = {
  href: string;
  label: string /** Other paths that belong to this tab. */;
  also?: string;
};

/** The intake screens' own menu; the inbox tab stays marked on a request's detail page. */
export function IngestionTabs({ tabs, label }: { tabs: IngestionTab[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 border-b border-slate-200">
        {tabs.map((tab) => {
          const active = pathname === tab.href || Boolean(tab.also && pathname.startsWith(tab.also));
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={active ? 'page' : undefined}
                className={classNames(
                  '-mb-px inline-block border-b-2 px-3 py-2 text-sm font-semibold whitespace-nowrap',
                  active
                    ? 'border-brand-700 text-brand-800'
                    : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900',
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
