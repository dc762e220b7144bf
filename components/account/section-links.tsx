import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { Translator } from '@/lib/i18n/translate';

/** The overview's way into the other account pages (the nav has them too; these say what is inside). */
export function SectionLinks({ t }: { t: Translator }) {
  const links = [
    ['/account/cashback', t('accountSpace.nav.cashback'), t('accountSpace.overview.cards.cashback')],
    ['/account/statement', t('accountSpace.nav.statement'), t('accountSpace.overview.cards.statement')],
    ['/account/clicks', t('accountSpace.nav.clicks'), t('accountSpace.overview.cards.clicks')],
    [
      '/account/notifications',
      t('accountSpace.nav.notifications'),
      t('accountSpace.overview.cards.notifications'),
    ],
    ['/account/security', t('accountSpace.nav.security'), t('accountSpace.overview.cards.security')],
    ['/account/privacy', t('accountSpace.nav.privacy'), t('accountSpace.overview.cards.privacy')],
  ] as const;
  return (
    <section aria-labelledby="more-title">
      <h2 id="more-title" className="mb-3 text-xl font-bold">
        {t('accountSpace.overview.more')}
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {links.map(([href, title, body]) => (
          <Card as="li" key={href} interactive className="relative">
            <Link href={href} className="font-semibold text-brand-800 after:absolute after:inset-0">
              {title}
            </Link>
            <p className="mt-1 text-sm text-slate-600">{body}</p>
          </Card>
        ))}
      </ul>
    </section>
  );
}
