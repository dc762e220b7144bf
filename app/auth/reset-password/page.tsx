import type { Metadata } from 'next';
import { AuthForm } from '@/components/auth/auth-form';
import { AuthShell } from '@/components/auth/auth-shell';
import { getTranslator } from '@/lib/i18n/server';
import { resetPasswordAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('authUi.reset.metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: unknown }>;
}) {
  const { t } = await getTranslator();
  const token = (await searchParams).token;
  return (
    <AuthShell title={t('authUi.reset.title')} intro={t('authUi.reset.intro')}>
      <AuthForm
        action={resetPasswordAction}
        submitLabel={t('authUi.reset.submit')}
        fields={[
          { name: 'token', type: 'hidden', label: '', defaultValue: typeof token === 'string' ? token : '' },
          {
            name: 'password',
            type: 'password',
            label: t('authUi.fields.newPassword'),
            autoComplete: 'new-password',
            hint: t('authUi.fields.passwordHint'),
            required: true,
          },
          {
            name: 'passwordConfirmation',
            type: 'password',
            label: t('authUi.fields.passwordConfirmation'),
            autoComplete: 'new-password',
            required: true,
          },
        ]}
      />
    </AuthShell>
  );
}
