import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthForm } from '@/components/auth/auth-form';
import { AuthShell } from '@/components/auth/auth-shell';
import { DemoLogins } from '@/components/auth/demo-logins';
import { emailField } from '@/components/auth/email-field';
import { currentUser } from '@/lib/auth/current-user';
import { safeReturnPath } from '@/lib/i18n/safe-return-path';
import { getTranslator } from '@/lib/i18n/server';
import { signInAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('authUi.signIn.metaTitle'), robots: { index: false } };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; reset?: string; out?: string }>;
}) {
  const { t } = await getTranslator();
  const params = await searchParams;
  const next = safeReturnPath(params.next);
  const notice =
    params.reset === '1'
      ? t('authUi.reset.done')
      : params.out === '1'
        ? t('authUi.signIn.signedOut')
        : undefined;
  if (await currentUser()) redirect(next === '/' ? '/account' : next);

  return (
    <AuthShell
      title={t('authUi.signIn.title')}
      intro={t('authUi.signIn.intro')}
      footer={
        <div className="flex flex-col gap-2">
          <Link href="/auth/forgot-password" className="font-semibold text-brand-700 hover:underline">
            {t('authUi.signIn.forgot')}
          </Link>
          <Link href="/auth/magic-link" className="font-semibold text-brand-700 hover:underline">
            {t('authUi.signIn.magicLink')}
          </Link>
          <p>
            {t('authUi.signIn.noAccount')}{' '}
            <Link href="/auth/sign-up" className="font-semibold text-brand-700 hover:underline">
              {t('authUi.signIn.signUp')}
            </Link>
          </p>
        </div>
      }
    >
      <DemoLogins t={t} />
      <AuthForm
        action={signInAction}
        initialNotice={notice}
        submitLabel={t('authUi.signIn.submit')}
        fields={[
          { name: 'next', type: 'hidden', label: '', defaultValue: next },
          emailField(t),
          {
            name: 'password',
            type: 'password',
            label: t('authUi.fields.password'),
            autoComplete: 'current-password',
            required: true,
          },
          { name: 'rememberMe', type: 'checkbox', label: t('authUi.fields.rememberMe') },
        ]}
      />
    </AuthShell>
  );
}
