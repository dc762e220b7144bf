import type { Metadata } from 'next';
import { AuthShell } from '@/components/auth/auth-shell';
import { LinkButton } from '@/components/ui/button';
import { getTranslator } from '@/lib/i18n/server';

// Where a member lands after deleting their account: public, because the
// browser has just been signed out and /account/* would send it to sign-in.

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('accountSpace.deleted.metaTitle'), robots: { index: false } };
}

export default async function AccountDeletedPage() {
  const { t } = await getTranslator();
  return (
    <AuthShell title={t('accountSpace.deleted.title')}>
      <div role="status" className="mb-6 flex flex-col gap-3 text-slate-700">
        <p>{t('accountSpace.deleted.body')}</p>
        <p>{t('accountSpace.deleted.thanks')}</p>
      </div>
      <LinkButton href="/">{t('common.backHome')}</LinkButton>
    </AuthShell>
  );
}
