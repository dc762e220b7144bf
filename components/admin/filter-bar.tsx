import Form from 'next/form';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import type { Translator } from '@/lib/i18n/translate';

export const filterFieldClass =
  'h-11 w-full rounded-xl border border-slate-300 bg-white px-3 text-sm text-slate-900 hover:border-slate-400 focus:border-brand-600';

/** A GET form over a list: the URL holds the filters, so they can be shared and work without JavaScript. */
const LAYOUTS = {
  // A search box, a select and the buttons on one row.
  compact: {
    form: 'sm:grid-cols-2 xl:grid-cols-[2fr_1fr_auto] xl:items-end',
    buttons: 'sm:col-span-2 xl:col-span-1',
  },
  // Up to five fields (the intake lists), buttons on their own row.
  wide: {
    form: 'sm:grid-cols-2 xl:grid-cols-3 2xl:grid-cols-5',
    buttons: 'sm:col-span-2 xl:col-span-3 2xl:col-span-5',
  },
} as const;

export function FilterBar({
  action,
  active,
  t,
  children,
  layout = 'compact',
}: {
  action: string;
  /** Whether any filter is set (shows "clear filters"). */
  active: boolean;
  t: Translator;
  children: ReactNode;
  layout?: keyof typeof LAYOUTS;
}) {
  return (
    <Form
      action={action}
      className={`grid gap-3 rounded-card border border-slate-200 bg-white p-4 shadow-card ${LAYOUTS[layout].form}`}
    >
      {children}
      <div className={`flex flex-wrap items-center gap-3 ${LAYOUTS[layout].buttons}`}>
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

/** A labelled control inside the filter bar. */
export function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {children}
    </div>
  );
}
