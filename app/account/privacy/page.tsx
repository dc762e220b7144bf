import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountPage } from '@/components/account/account-page';
import { AccountSection } from '@/components/account/account-section';
import { DeleteAccountSection } from '@/components/account/delete-account-section';
import { buttonClassName } from '@/components/ui/button';
import { getDb } from '@/db/client';
import { requireUser as findAccount } from '@/lib/accounts/account-user';
import { requireUser } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { deleteAccountAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.privacy.metaTitle'), robots: { index: false } };
}

export default async function PrivacyPage() {
  const user = await requireUser('/account/privacy');
  const [{ t }, account] = await Promise.all([
    getTranslator(),
    getDb().then((db) => findAccount(db, user.id)),
  ]);
  return (
    <AccountPage
      title={t('accountSpace.privacy.title')}
      intro={
        <>
          {t('accountSpace.privacy.intro')}{' '}
          <Link href="/privacy" className="font-semibold text-brand-700 hover:underline">
            {t('accountSpace.privacy.policy')}
          </Link>
        </>
      }
    >
      <AccountSection
        id="export"
        title={t('accountSpace.privacy.export.title')}
        intro={t('accountSpace.privacy.export.body')}
      >
        {/* A plain link: a download, not a page for the router to prefetch. */}
        <a href="/account/privacy/export" download className={buttonClassName({ variant: 'secondary' })}>
          {t('accountSpace.privacy.export.download')}
        </a>
      </AccountSection>
      <DeleteAccountSection
        t={t}
        email={user.email}
        hasPassword={account.passwordHash !== null}
        action={deleteAccountAction}
      />
    </AccountPage>
  );
}
