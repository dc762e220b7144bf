import { z } from 'zod';
import { text } from '@/lib/auth/form-fields';
import { validationError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { deriveSlug, isValidSlug } from './derive-slug';

// The "add a gift card brand" form, parsed. A brand's cards are all in its
// currency; the currencies are those the site keeps balances in.

const err = (name: string) => `payoutOptions.giftCards.errors.${name}` as MessageKey;

export const GIFT_CARD_CURRENCIES = ['EUR', 'GBP', 'USD', 'CHF'] as const;
export type GiftCardCurrency = (typeof GIFT_CARD_CURRENCIES)[number];

export type GiftCardBrandInput = { name: string; slug: string; currency: GiftCardCurrency };

const schema = z
  .object({
    name: text(400)
      .transform((value) => value.trim().replace(/\s+/g, ' '))
      .pipe(z.string().min(1, err('nameRequired')).max(120, err('nameTooLong'))),
    slug: text(200).transform((value) => value.trim()),
    currency: text(8).pipe(z.enum(GIFT_CARD_CURRENCIES, { message: err('currencyInvalid') })),
  })
  .transform((value) => ({ ...value, slug: value.slug || deriveSlug(value.name) }))
  .refine((value) => isValidSlug(value.slug), { path: ['slug'], message: err('slugInvalid') });

export function parseGiftCardBrandForm(raw: Record<string, unknown>): GiftCardBrandInput {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues, err('invalid'));
  return parsed.data;
}
