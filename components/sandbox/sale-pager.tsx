import Link from 'next/link';
import type { Translator } from '@/lib/i18n/translate';

/** Older sales by keyset (`?before=<sale id>`), and the way back to the newest. */
export function SalePager({
  before,
  nextCursor,
  t,
}: {
  before: number | null;
  nextCursor: number | null;
  t: Translator;
}) {
  if (before === null && nextCursor === null) return null;
  const link = 'font-semibold text-brand-700 hover:underline';
  return (
    <nav className="flex gap-6 text-sm" aria-label={t('sandbox.console.salesLabel')}>
      {before !== null ? (
        <Link href="/sandbox/console" className={link}>
          {t('sandbox.console.newest')}
        </Link>
      ) : null}
      {nextCursor !== null ? (
        <Link href={`/sandbox/console?before=${nextCursor}`} className={link}>
          {t('sandbox.console.older')}
        </Link>
      ) : null}
    </nav>
  );
}
