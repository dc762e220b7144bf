import type { PayoutMethodKind } from '@/db/schema';
import { type Env, env } from '@/lib/env';
import { type EmailDelivery, emailDelivery } from '@/lib/notifications/email-delivery';
import { payoutDetailsKey } from './payout-secrets';

// What the withdrawal domain needs from the environment, passed explicitly so
// tests (and the CLI) can run it without a process environment.

/** Withdrawals to payout details set within this many hours need an e-mailed confirmation. */
export const SECURITY_HOLD_HOURS = 72;
/** How long an e-mailed link (method verification, withdrawal confirmation) works. */
export const LINK_TTL_HOURS = 48;
/** Verification and confirmation e-mails per member per hour: a bound on what a hijacked session can make us send. */
export const LINKS_PER_HOUR_MAX = 5;

export type WithdrawalsConfig = {
  /** Public base URL for links in e-mails. */
  appUrl: string;
  delivery: EmailDelivery;
  /** Signs the request form's idempotency key (AUTH_SECRET). */
  formSecret: string;
  /** Encrypts payout details at rest; null: saving PayPal or SEPA details is refused. */
  detailsKey: Buffer | null;
  /** Per method, in minor units; gift cards have none (the amount is a card's value). */
  minimumMinor: Record<Exclude<PayoutMethodKind, 'gift_card'>, number>;
  maximumMinor: number;
};

export function withdrawalsConfig(config: Env = env()): WithdrawalsConfig {
  return {
    appUrl: config.APP_URL ?? `http://localhost:${config.PORT}`,
    delivery: emailDelivery(config),
    formSecret: config.AUTH_SECRET,
    detailsKey: payoutDetailsKey(config),
    minimumMinor: {
      paypal: config.WITHDRAWAL_MIN_PAYPAL_MINOR,
      sepa: config.WITHDRAWAL_MIN_SEPA_MINOR,
      charity: config.WITHDRAWAL_MIN_CHARITY_MINOR,
    },
    maximumMinor: config.WITHDRAWAL_MAX_MINOR,
  };
}
