import type { PayoutMethodKind } from '@/db/schema';
import type { Locale } from '@/lib/i18n/config';

// Where e-mailed links point (the pages under app/account/withdrawals), and
// how a destination reads in an e-mail. The token travels in the query
// string; the pages answer with `Referrer-Policy: no-referrer`.

export const withdrawalPaths = {
  withdrawals: '/account/withdrawals',
  verifyMethod: '/account/withdrawals/verify-method',
  confirm: '/account/withdrawals/confirm',
} as const;

export function withdrawalLink(appUrl: string, path: keyof typeof withdrawalPaths, token?: string): string {
  const url = new URL(withdrawalPaths[path], appUrl);
  if (token !== undefined) url.searchParams.set('token', token);
  return url.toString();
}

/** "PayPal j•••@example.com", "IBAN FR76 •••• •••• 1234", "a donation to Les Restos". */
export function destinationText(locale: Locale, kind: PayoutMethodKind, label: string): string {
  switch (kind) {
    case 'paypal':
      return `PayPal ${label}`;
    case 'sepa':
      return `IBAN ${label}`;
    case 'charity':
      return locale === 'fr' ? `un don à ${label}` : `a donation to ${label}`;
    case 'gift_card':
      return locale === 'fr' ? `une carte cadeau ${label}` : `a ${label} gift card`;
  }
}
