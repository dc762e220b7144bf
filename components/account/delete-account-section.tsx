import { AuthForm } from '@/components/auth/auth-form';
import type { FormState } from '@/lib/auth/form-state';
import type { Translator } from '@/lib/i18n/translate';
import { AccountSection } from './account-section';

/** What deletion erases and what the law makes us keep (anonymised), then the confirmation form. */
export function DeleteAccountSection({
  t,
  email,
  hasPassword,
  action,
}: {
  t: Translator;
  email: string;
  hasPassword: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const word = t('accountSpace.privacy.delete.word');
  return (
    <AccountSection
      id="delete"
      tone="danger"
      title={t('accountSpace.privacy.delete.title')}
      intro={t('accountSpace.privacy.delete.intro')}
    >
      <div className="flex flex-col gap-4 text-slate-700">
        <h3 className="font-semibold text-slate-900">{t('accountSpace.privacy.delete.erasedTitle')}</h3>
        <ul className="-mt-2 list-disc pl-5">
          <li>{t('accountSpace.privacy.delete.erased.identity')}</li>
          <li>{t('accountSpace.privacy.delete.erased.settings')}</li>
          <li>{t('accountSpace.privacy.delete.erased.history')}</li>
        </ul>
        <h3 className="font-semibold text-slate-900">{t('accountSpace.privacy.delete.keptTitle')}</h3>
        <ul className="-mt-2 list-disc pl-5">
          <li>{t('accountSpace.privacy.delete.kept.financial')}</li>
          <li>{t('accountSpace.privacy.delete.kept.security')}</li>
        </ul>
        <p className="rounded-xl bg-amber-50 px-4 py-3 text-sm text-amber-900">
          {t('accountSpace.privacy.delete.balance')}
        </p>
        <p className="text-sm wrap-anywhere">{t('accountSpace.privacy.delete.goodbyeMail', { email })}</p>
      </div>
      <div className="mt-6 border-t border-slate-200 pt-6">
        <AuthForm
          action={action}
          submitLabel={t('accountSpace.privacy.delete.submit')}
          fields={[
            hasPassword
              ? {
                  name: 'currentPassword',
                  type: 'password',
                  label: t('accountSpace.privacy.delete.password'),
                  autoComplete: 'current-password',
                  required: true,
                }
              : {
                  name: 'confirmation',
                  type: 'text',
                  label: t('accountSpace.privacy.delete.typeWord', { word }),
                  autoComplete: 'off',
                  required: true,
                },
            { name: 'acknowledge', type: 'checkbox', label: t('accountSpace.privacy.delete.acknowledge') },
          ]}
        />
      </div>
    </AccountSection>
  );
}
