import { Search } from 'lucide-react';
import Form from 'next/form';
import { classNames } from '@/components/ui/class-names';
import { getTranslator } from '@/lib/i18n/server';

/** The store search: a GET form to `/stores?q=…` (a plain form without JavaScript). */
export async function HeaderSearch({ className }: { className?: string }) {
  const { t } = await getTranslator();
  return (
    <Form action="/stores" role="search" className={classNames('relative', className)}>
      <label htmlFor="site-search" className="sr-only">
        {t('search.label')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder={t('search.placeholder')}
        autoComplete="off"
        enterKeyHint="search"
        maxLength={100}
        className="h-10 w-full rounded-full border border-slate-300 bg-slate-50 pr-11 pl-4 text-sm text-slate-900 placeholder:text-slate-500 hover:border-slate-400 focus:border-brand-600 focus:bg-white"
      />
      <button
        type="submit"
        className="absolute inset-y-1 right-1 inline-flex w-8 items-center justify-center rounded-full text-slate-600 hover:bg-slate-200 hover:text-slate-900"
      >
        <Search aria-hidden="true" className="size-4" />
        <span className="sr-only">{t('search.submit')}</span>
      </button>
    </Form>
  );
}
