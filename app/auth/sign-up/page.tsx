import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthForm } from '@/components/auth/auth-form';
import { AuthShell } from '@/components/auth/auth-shell';
import { emailField } from '@/components/auth/email-field';
import { getTranslator } from '@/lib/i18n/server';
import { signUpAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('authUi.signUp.metaTitle'), robots: { index: false } };
}

export default async function SignUpPage() {
  const { t, locale } = await getTranslator();
  return (
    <AuthShell
      title={t('authUi.signUp.title')}
      intro={t('authUi.signUp.intro')}
      footer={
        <p>
          {t('authUi.signUp.haveAccount')}{' '}
          <Link href="/auth/sign-in" className="font-semibold text-brand-700 hover:underline">
            {t('authUi.signUp.signIn')}
          </Link>
        </p>
      }
    >
      <AuthForm
        action={signUpAction}
        submitLabel={t('authUi.signUp.submit')}
        fields={[
          {
            name: 'name',
            type: 'text',
            label: t('authUi.fields.name'),
            autoComplete: 'name',
            required: true,
          },
          emailField(t),
          {
            name: 'password',
            type: 'password',
            label: t('authUi.fields.password'),
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
          {
            name: 'locale',
            type: 'select',
            label: t('authUi.fields.locale'),
            defaultValue: locale,
            options: [
              { value: 'fr', label: t('language.fr') },
              { value: 'en', label: t('language.en') },
            ],
          },
          { name: 'referralCode', type: 'text', label: t('authUi.fields.referralCode'), autoComplete: 'off' },
          {
            name: 'acceptTerms',
            type: 'checkbox',
            label: t('authUi.fields.acceptTerms'),
            link: { href: '/terms', label: t('authUi.fields.readTerms') },
          },
          {
            name: 'acceptPrivacy',
            type: 'checkbox',
            label: t('authUi.fields.acceptPrivacy'),
            link: { href: '/privacy', label: t('authUi.fields.readPrivacy') },
          },
        ]}
      />
    </AuthShell>
  );
}
