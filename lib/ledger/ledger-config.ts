import { envSchema } from '@/lib/env';
import type { HoldRule } from './member-status';

// The ledger's two settings, read from the environment once with the same
// rules lib/env.ts checks at start-up: the hold rule and the four-eyes
// threshold for manual adjustments. Domain functions take them as options,
// defaulting to these.

export type LedgerConfig = { holdRule: HoldRule; secondApprovalFromMinor: number };

let cached: LedgerConfig | undefined;

export function ledgerConfig(): LedgerConfig {
  if (!cached) {
    const read = (name: string) => process.env[name] || undefined;
    cached = {
      holdRule: envSchema.shape.CASHBACK_HOLD_RULE.parse(read('CASHBACK_HOLD_RULE')),
      secondApprovalFromMinor: envSchema.shape.ADJUSTMENT_SECOND_APPROVAL_FROM_MINOR.parse(
        read('ADJUSTMENT_SECOND_APPROVAL_FROM_MINOR'),
      ),
    };
  }
  return cached;
}
