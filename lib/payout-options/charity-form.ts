import { z } from 'zod';
import { text } from '@/lib/auth/form-fields';
import { validationError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { nameAndSlugFields, withDerivedSlug } from './name-and-slug-fields';

// The "add a charity" form, parsed. Field messages are i18n keys. The slug is
// derived from the name when ops leave it empty; the website, when given, is
// an https:// address (members follow it from their withdrawal page).

const err = (name: string) => `payoutOptions.charities.errors.${name}` as MessageKey;

export const DESCRIPTION_LENGTH_MAX = 500;
export const WEBSITE_LENGTH_MAX = 300;

export type CharityInput = {
  name: string;
  slug: string;
  descriptionFr: string;
  descriptionEn: string;
  websiteUrl: string | null;
};

const description = text(DESCRIPTION_LENGTH_MAX * 2)
  .transform((value) => value.trim())
  .pipe(z.string().min(1, err('descriptionRequired')).max(DESCRIPTION_LENGTH_MAX, err('descriptionTooLong')));

const schema = withDerivedSlug(
  z.object({
    ...nameAndSlugFields(err),
    descriptionFr: description,
    descriptionEn: description,
    websiteUrl: text(WEBSITE_LENGTH_MAX * 2)
      .transform((value) => value.trim())
      .refine((value) => value === '' || isHttpsUrl(value), err('websiteInvalid')),
  }),
  err,
);

export function parseCharityForm(raw: Record<string, unknown>): CharityInput {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues, err('invalid'));
  return { ...parsed.data, websiteUrl: parsed.data.websiteUrl || null };
}

/** An absolute https:// address with a dotted host name and no user:password part. */
export function isHttpsUrl(value: string): boolean {
  if (value.length > WEBSITE_LENGTH_MAX || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (
      url.protocol === 'https:' &&
      url.hostname.includes('.') &&
      !url.username &&
      !url.password &&
      value.toLowerCase().startsWith('https://')
    );
  } catch {
    return false;
  }
}
