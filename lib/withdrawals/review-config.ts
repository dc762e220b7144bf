import { type Env, env } from '@/lib/env';
import type { NotifyConfig } from './notify-withdrawal-closed';
import { withdrawalsConfig } from './withdrawals-config';

// What ops' review of withdrawals needs from the environment: where e-mails
// link to and how they are delivered, and the four-eyes amount.

export type ReviewConfig = NotifyConfig & {
  /** From this amount (minor units) approving takes two different staff members. */
  secondApprovalFromMinor: number;
};

export function reviewConfig(config: Env = env()): ReviewConfig {
  const { appUrl, delivery } = withdrawalsConfig(config);
  return { appUrl, delivery, secondApprovalFromMinor: config.WITHDRAWAL_SECOND_APPROVAL_FROM_MINOR };
}
