import { z } from 'zod';
import { text } from '@/lib/auth/form-fields';
import type { MessageKey } from '@/lib/i18n/types';
import { deriveSlug, isValidSlug } from './derive-slug';

// The name and slug of an "add a charity" or "add a gift card brand" form: the
// name with its spaces folded, the slug as typed or, when left empty, derived
// from the name; either way it must pass the rule the database checks. `err`
// turns a message name into the form's i18n key (nameRequired, nameTooLong,
// slugInvalid).

export const NAME_LENGTH_MAX = 120;

export function nameAndSlugFields(err: (name: string) => MessageKey) {
  return {
    name: text(400)
      .transform((value) => value.trim().replace(/\s+/g, ' '))
      .pipe(z.string().min(1, err('nameRequired')).max(NAME_LENGTH_MAX, err('nameTooLong'))),
    slug: text(200).transform((value) => value.trim()),
  };
}

/** `form` with its slug filled from the name when empty, then checked. */
export function withDerivedSlug<T extends { name: string; slug: string }>(
  form: z.ZodType<T>,
  err: (name: string) => MessageKey,
) {
  return form
    .transform((value) => ({ ...value, slug: value.slug || deriveSlug(value.name) }))
    .refine((value) => isValidSlug(value.slug), { path: ['slug'], message: err('slugInvalid') });
}
