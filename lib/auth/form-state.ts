import type { AppError } from '@/lib/errors';
import type { MessageKey, Translator } from '@/lib/i18n/translate';

/** What a server action hands back to its form: translated messages and the values to refill. */
export type FormState = {
  error?: string;
  notice?: string;
  fields?: Record<string, string[]>;
  values?: Record<string, string>;
};

/** Translates an AppError's message and field message keys for the form. */
export function errorState(t: Translator, error: AppError, values?: Record<string, string>): FormState {
  const fields: Record<string, string[]> = {};
  for (const [name, keys] of Object.entries(error.fields ?? {})) {
    fields[name] = keys.map((key) => t(key as MessageKey));
  }
  return { error: t(error.message as MessageKey), fields, values };
}
