import type { Env } from '@/lib/env';
import { emailDelivery } from './email-delivery';

/**
 * Whether /dev/mailbox may be shown: only when e-mails are held rather than
 * sent, and never on a real production site. `npm start` runs Next in
 * production mode for the demo, hence the DEMO_MODE escape hatch.
 */
export function mailboxEnabled(env: Pick<Env, 'SMTP_URL' | 'NODE_ENV' | 'DEMO_MODE'>): boolean {
  return emailDelivery(env) === 'mailbox' && (env.NODE_ENV !== 'production' || env.DEMO_MODE);
}
