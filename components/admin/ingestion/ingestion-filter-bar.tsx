import Form from 'next/form';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { Translator } from '@/lib/i18n/translate';

/**
 * The intake lists' GET filter form (the back office's FilterBar, laid out for
 * up to five fields): the URL holds the filters, shareable and script-free.
 */
export function IngestionFilterBar({
  action,
  active,
  t,
  children,
}: {
  action: string;
  active: boolean;
  t: Translator;
  children: ReactNode;
}) {
  return (
    <Form
      action={action}
      className="grid gap-3 rounded-card border border-slate-200 bg-white p-4 shadow-card sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-5"
    >
      {children}
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 xl:col-span-3 2xl:col-span-5">
        <Button type="submit" className="h-11">
          {t('admin.common.apply')}
        </Button>
        {active ? (
          <Link href={action} className="text-sm font-semibold text-brand-700 hover:underline">
            {t('admin.common.reset')}
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
