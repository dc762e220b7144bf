import { z } from 'zod';
import { text } from '@/lib/auth/form-fields';
import { validationError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { nameAndSlugFields, withDerivedSlug } from './name-and-slug-fields';

// The "add a gift card brand" form, parsed. A brand's cards are all in its
// currency; the currencies are those the site keeps balances in.

const err = (name: string) => `payoutOptions.giftCards.errors.${name}` as MessageKey;

export const GIFT_CARD_CURRENCIES = ['EUR', 'GBP', 'USD', 'CHF'] as const;
export type GiftCardCurrency = (typeof GIFT_CARD_CURRENCIES)[number];

export type GiftCardBrandInput = { name: string; slug: string; currency: GiftCardCurrency };

const schema = withDerivedSlug(
  z.object({
    ...nameAndSlugFields(err),
    currency: text(8).pipe(z.enum(GIFT_CARD_CURRENCIES, { message: err('currencyInvalid') })),
  }),
  err,
);

export function parseGiftCardBrandForm(raw: Record<string, unknown>): GiftCardBrandInput {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(parsed.error.issues, err('invalid'));
  return parsed.data;
}
