import { ChevronRight } from 'lucide-react';
import Link from 'next/link';
import type { Translator } from '@/lib/i18n/translate';

type Item = { href?: string; label: string };

export function Breadcrumbs({ items, t }: { items: Item[]; t: Translator }) {
  return (
    <nav aria-label={t('catalog.breadcrumbs')} className="pt-6 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-600">
        <li>
          <Link href="/" className="hover:text-brand-800 hover:underline">
            {t('common.home')}
          </Link>
        </li>
        {items.map((item) => (
          <li key={item.label} className="flex items-center gap-1">
            <ChevronRight aria-hidden="true" className="size-3.5 text-slate-400" />
            {item.href ? (
              <Link href={item.href} className="hover:text-brand-800 hover:underline">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="font-medium text-slate-900">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
