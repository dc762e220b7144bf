import type { Translator } from '@/lib/i18n/translate';
import type { AuthField } from './auth-form';

/** The e-mail field every auth form starts with (sign-in, sign-up, forgotten password, magic link). */
export function emailField(t: Translator): AuthField {
  return {
    name: 'email',
    type: 'email',
    label: t('authUi.fields.email'),
    autoComplete: 'email',
    required: true,
  };
}
