import type { Metadata } from 'next';
import { AuthForm } from '@/components/auth/auth-form';
import { AuthShell } from '@/components/auth/auth-shell';
import { emailField } from '@/components/auth/email-field';
import { getTranslator } from '@/lib/i18n/server';
import { forgotPasswordAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('authUi.forgot.metaTitle'), robots: { index: false } };
}

export default async function ForgotPasswordPage() {
  const { t } = await getTranslator();
  return (
    <AuthShell title={t('authUi.forgot.title')} intro={t('authUi.forgot.intro')}>
      <AuthForm
        action={forgotPasswordAction}
        submitLabel={t('authUi.forgot.submit')}
        fields={[emailField(t)]}
      />
    </AuthShell>
  );
}
