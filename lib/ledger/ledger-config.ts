import { envSchema } from '@/lib/env';
import type { HoldRule } from './member-status';

// The ledger's settings, read from the environment once with the same rules
// lib/env.ts checks at start-up: the hold rule, the four-eyes threshold for
// manual adjustments and the welcome bonus. Domain functions take them as
// options, defaulting to these.

export type WelcomeBonus = { amountMinor: number; currency: string };
export type LedgerConfig = {
  holdRule: HoldRule;
  secondApprovalFromMinor: number;
  welcomeBonus: WelcomeBonus;
};

let cached: LedgerConfig | undefined;

export function ledgerConfig(): LedgerConfig {
  if (!cached) {
    const read = (name: string) => process.env[name] || undefined;
    cached = {
      holdRule: envSchema.shape.CASHBACK_HOLD_RULE.parse(read('CASHBACK_HOLD_RULE')),
      secondApprovalFromMinor: envSchema.shape.ADJUSTMENT_SECOND_APPROVAL_FROM_MINOR.parse(
        read('ADJUSTMENT_SECOND_APPROVAL_FROM_MINOR'),
      ),
      welcomeBonus: {
        amountMinor: envSchema.shape.WELCOME_BONUS_MINOR.parse(read('WELCOME_BONUS_MINOR')),
        currency: envSchema.shape.WELCOME_BONUS_CURRENCY.parse(read('WELCOME_BONUS_CURRENCY')),
      },
    };
  }
  return cached;
}
