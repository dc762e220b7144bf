import type { Metadata } from 'next';
import { AuthForm } from '@/components/auth/auth-form';
import { AuthShell } from '@/components/auth/auth-shell';
import { LinkButton } from '@/components/ui/button';
import { currentUser } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { confirmEmailChangeAction } from './actions';

// The link sent to a new address. Confirming takes a button press (a POST):
// moving an account must not happen because a mail scanner fetched the link.

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('authUi.confirmEmail.metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: unknown; done?: unknown }>;
}) {
  const { t } = await getTranslator();
  const { token, done } = await searchParams;
  if (done === '1') {
    return (
      <AuthShell title={t('authUi.confirmEmail.doneTitle')}>
        <p role="status" className="mb-6 text-slate-700">
          {t('authUi.confirmEmail.doneBody')}
        </p>
        <LinkButton href={(await currentUser()) ? '/account' : '/auth/sign-in'}>
          {t('authUi.verify.continue')}
        </LinkButton>
      </AuthShell>
    );
  }
  return (
    <AuthShell title={t('authUi.confirmEmail.title')} intro={t('authUi.confirmEmail.intro')}>
      <AuthForm
        action={confirmEmailChangeAction}
        submitLabel={t('authUi.confirmEmail.submit')}
        fields={[
          { name: 'token', type: 'hidden', label: '', defaultValue: typeof token === 'string' ? token : '' },
        ]}
      />
    </AuthShell>
  );
}
