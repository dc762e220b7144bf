import Link from 'next/link';
import { AuthForm } from '@/components/auth/auth-form';
import { Badge } from '@/components/ui/badge';
import type { FormState } from '@/lib/auth/form-state';
import type { Translator } from '@/lib/i18n/translate';
import { AccountSection } from './account-section';

/** The account's address, whether it is verified, and a fresh link when it is not. */
export function EmailCard({
  t,
  email,
  verified,
  resendAction,
}: {
  t: Translator;
  email: string;
  verified: boolean;
  resendAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  return (
    <AccountSection id="email" title={t('accountSpace.overview.emailTitle')}>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold text-slate-600">{t('accountSpace.overview.emailTitle')}</dt>
        <dd className="wrap-anywhere text-slate-900">{email}</dd>
        <dt className="font-semibold text-slate-600">{t('accountSpace.overview.emailStatus')}</dt>
        <dd data-testid="email-status">
          <Badge tone={verified ? 'success' : 'boost'}>
            {verified ? t('accountSpace.overview.verified') : t('accountSpace.overview.notVerified')}
          </Badge>
        </dd>
      </dl>
      {verified ? null : (
        <div className="mt-5 flex flex-col gap-3">
          <p className="text-sm text-slate-700">{t('accountSpace.overview.notVerifiedHint')}</p>
          <AuthForm action={resendAction} fields={[]} submitLabel={t('accountSpace.overview.resend')} />
        </div>
      )}
      <Link
        href="/account/security#change-email"
        className="mt-5 inline-block text-sm font-semibold text-brand-700 hover:underline"
      >
        {t('accountSpace.overview.changeEmail')}
      </Link>
    </AccountSection>
  );
}
