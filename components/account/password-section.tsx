import { AuthForm } from '@/components/auth/auth-form';
import { LinkButton } from '@/components/ui/button';
import type { FormState } from '@/lib/auth/form-state';
import type { Translator } from '@/lib/i18n/translate';
import { AccountSection } from './account-section';

/** Change of password; an account that signs in by e-mailed link only is sent to choose one instead. */
export function PasswordSection({
  t,
  hasPassword,
  action,
}: {
  t: Translator;
  hasPassword: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const title = t('accountSpace.security.password.title');
  if (!hasPassword) {
    return (
      <AccountSection id="password" title={title} intro={t('accountSpace.security.password.none')}>
        <LinkButton href="/auth/forgot-password" variant="secondary">
          {t('accountSpace.security.password.chooseOne')}
        </LinkButton>
      </AccountSection>
    );
  }
  return (
    <AccountSection id="password" title={title} intro={t('accountSpace.security.password.intro')}>
      <AuthForm
        action={action}
        submitLabel={t('accountSpace.security.password.submit')}
        fields={[
          {
            name: 'currentPassword',
            type: 'password',
            label: t('accountSpace.security.password.current'),
            autoComplete: 'current-password',
            required: true,
          },
          {
            name: 'newPassword',
            type: 'password',
            label: t('accountSpace.security.password.new'),
            hint: t('authUi.fields.passwordHint'),
            autoComplete: 'new-password',
            required: true,
          },
          {
            name: 'newPasswordConfirmation',
            type: 'password',
            label: t('accountSpace.security.password.confirmation'),
            autoComplete: 'new-password',
            required: true,
          },
        ]}
      />
    </AccountSection>
  );
}
