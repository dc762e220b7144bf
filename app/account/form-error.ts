import { errorState, type FormState } from '@/lib/auth/form-state';
import { isAppError } from '@/lib/errors';
import type { Translator } from '@/lib/i18n/translate';

/**
 * A domain refusal as the form shows it. A lock-out (too many wrong current
 * passwords) gets its delay in minutes; anything that is not an AppError is a
 * bug and goes on to the error page.
 */
export function accountErrorState(t: Translator, error: unknown, values?: Record<string, string>): FormState {
  if (!isAppError(error)) throw error;
  if (error.code === 'rate_limited') {
    const minutes = Math.max(1, Math.ceil((error.retryAfterS ?? 60) / 60));
    return { error: t('auth.signIn.rateLimited', { minutes }), values };
  }
  return errorState(t, error, values);
}

/**
 * Moves field messages to the form's own field names: two forms on one page
 * cannot both name a field `currentPassword` (their inputs' ids would clash).
 */
export function renameFields(state: FormState, names: Record<string, string>): FormState {
  if (!state.fields) return state;
  const fields = Object.fromEntries(
    Object.entries(state.fields).map(([name, messages]) => [names[name] ?? name, messages]),
  );
  return { ...state, fields };
}
