import type { ReactNode } from 'react';
import { AccountNav } from '@/components/account/account-nav';
import { Container } from '@/components/ui/container';
import { getTranslator } from '@/lib/i18n/server';

// The frame of every account page: the section nav beside (wide) or above
// (narrow) the page. Each page checks the session itself.

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const { t } = await getTranslator();
  const items = [
    { href: '/account', label: t('accountSpace.nav.overview') },
    { href: '/account/cashback', label: t('accountSpace.nav.cashback') },
    { href: '/account/statement', label: t('accountSpace.nav.statement') },
    { href: '/account/withdrawals', label: t('withdrawals.nav') },
    { href: '/account/clicks', label: t('accountSpace.nav.clicks') },
    { href: '/account/notifications', label: t('accountSpace.nav.notifications') },
    { href: '/account/security', label: t('accountSpace.nav.security') },
    { href: '/account/privacy', label: t('accountSpace.nav.privacy') },
  ];
  return (
    <Container className="grid gap-6 pt-6 pb-16 sm:pt-10 md:grid-cols-[12rem_minmax(0,1fr)] md:gap-10">
      <AccountNav items={items} label={t('accountSpace.nav.label')} />
      {children}
    </Container>
  );
}
