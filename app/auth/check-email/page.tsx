import type { Metadata } from 'next';
import { AuthShell } from '@/components/auth/auth-shell';
import { getTranslator } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('authUi.checkEmail.metaTitle'), robots: { index: false } };
}

export default async function CheckEmailPage() {
  const { t } = await getTranslator();
  return (
    <AuthShell title={t('authUi.checkEmail.title')}>
      <p role="status" className="text-slate-700">
        {t('authUi.checkEmail.body')}
      </p>
      <p className="mt-4 text-sm text-slate-500">{t('authUi.checkEmail.hint')}</p>
    </AuthShell>
  );
}
