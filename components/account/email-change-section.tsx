import { AuthForm } from '@/components/auth/auth-form';
import type { FormState } from '@/lib/auth/form-state';
import type { Locale } from '@/lib/i18n/config';
import { formatDateTime } from '@/lib/i18n/format';
import type { Translator } from '@/lib/i18n/translate';
import { AccountSection } from './account-section';

/** Change of address: the link goes to the new address, a notice to the old one; a pending change is shown. */
export function EmailChangeSection({
  t,
  locale,
  email,
  hasPassword,
  pending,
  action,
}: {
  t: Translator;
  locale: Locale;
  email: string;
  hasPassword: boolean;
  pending: { email: string; expiresAt: Date } | null;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  return (
    <AccountSection
      id="change-email"
      title={t('accountSpace.security.email.title')}
      intro={
        <>
          <p className="wrap-anywhere font-semibold text-slate-800">
            {t('accountSpace.security.email.current', { email })}
          </p>
          <p className="mt-2">{t('accountSpace.security.email.intro')}</p>
        </>
      }
    >
      {pending ? (
        <p
          data-testid="pending-email"
          className="mb-5 rounded-xl bg-amber-50 px-4 py-3 text-sm wrap-anywhere text-amber-900"
        >
          {t('accountSpace.security.email.pending', {
            email: pending.email,
            date: formatDateTime(pending.expiresAt, locale),
          })}
        </p>
      ) : null}
      <AuthForm
        action={action}
        submitLabel={t('accountSpace.security.email.submit')}
        fields={[
          {
            name: 'newEmail',
            type: 'email',
            label: t('accountSpace.security.email.new'),
            autoComplete: 'email',
            required: true,
          },
          // A magic-link-only account has no password to re-enter: the link to the new address is the proof.
          ...(hasPassword
            ? [
                {
                  name: 'emailPassword',
                  type: 'password',
                  label: t('accountSpace.security.email.password'),
                  autoComplete: 'current-password',
                  required: true,
                } as const,
              ]
            : []),
        ]}
      />
    </AccountSection>
  );
}
