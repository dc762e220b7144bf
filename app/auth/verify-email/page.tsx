import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { AuthForm } from '@/components/auth/auth-form';
import { AuthShell } from '@/components/auth/auth-shell';
import { LinkButton } from '@/components/ui/button';
import { getDb } from '@/db/client';
import { TokenError } from '@/lib/accounts/tokens';
import { verifyEmail } from '@/lib/accounts/verify-email';
import { clientIp } from '@/lib/auth/client-ip';
import { currentUser } from '@/lib/auth/current-user';
import { getTranslator } from '@/lib/i18n/server';
import { resendVerificationAction } from './actions';

// Opening the e-mailed link verifies the address: verifying twice is harmless,
// so a mail scanner that follows the link does no damage.

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t('authUi.verify.metaTitle'), robots: { index: false }, referrer: 'no-referrer' };
}

export default async function VerifyEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: unknown }>;
}) {
  const { t } = await getTranslator();
  const token = (await searchParams).token;
  let failure: TokenError['reason'] | null = null;
  try {
    await verifyEmail(await getDb(), {
      token: typeof token === 'string' ? token.slice(0, 200) : '',
      ip: clientIp(await headers()),
    });
  } catch (error) {
    if (!(error instanceof TokenError)) throw error;
    failure = error.reason;
  }

  if (!failure) {
    return (
      <AuthShell title={t('authUi.verify.successTitle')}>
        <p role="status" className="mb-6 text-slate-700">
          {t('authUi.verify.successBody')}
        </p>
        <LinkButton href={(await currentUser()) ? '/account' : '/auth/sign-in'}>
          {t('authUi.verify.continue')}
        </LinkButton>
      </AuthShell>
    );
  }

  const user = await currentUser();
  return (
    <AuthShell title={t('authUi.verify.failedTitle')}>
      <p role="alert" className="mb-6 text-slate-700">
        {t(failure)}
      </p>
      {user && !user.emailVerified ? (
        <AuthForm action={resendVerificationAction} submitLabel={t('authUi.verify.resend')} fields={[]} />
      ) : null}
    </AuthShell>
  );
}
