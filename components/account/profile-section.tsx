import { AuthForm } from '@/components/auth/auth-form';
import type { FormState } from '@/lib/auth/form-state';
import type { Locale } from '@/lib/i18n/config';
import type { Translator } from '@/lib/i18n/translate';
import { AccountSection } from './account-section';

/** Name and preferred language (the site's and the e-mails'). */
export function ProfileSection({
  t,
  name,
  locale,
  action,
}: {
  t: Translator;
  name: string;
  locale: Locale;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  return (
    <AccountSection id="profile" title={t('accountSpace.overview.profileTitle')}>
      <AuthForm
        action={action}
        submitLabel={t('accountSpace.overview.save')}
        fields={[
          {
            name: 'name',
            type: 'text',
            label: t('accountSpace.overview.name'),
            autoComplete: 'name',
            required: true,
            defaultValue: name,
          },
          {
            name: 'locale',
            type: 'select',
            label: t('accountSpace.overview.locale'),
            hint: t('accountSpace.overview.localeHint'),
            defaultValue: locale,
            options: [
              { value: 'fr', label: t('language.fr') },
              { value: 'en', label: t('language.en') },
            ],
          },
        ]}
      />
    </AccountSection>
  );
}
