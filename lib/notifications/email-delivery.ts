import type { Env } from '@/lib/env';

// Where new e-mails go. With an SMTP server they wait as `pending` for the
// worker; without one (the demo, tests, a laptop) they are `held` and read at
// /dev/mailbox, so nothing ever tries to reach a server that is not there.

export type EmailDelivery = 'smtp' | 'mailbox';

export function emailDelivery(env: Pick<Env, 'SMTP_URL'>): EmailDelivery {
  return env.SMTP_URL ? 'smtp' : 'mailbox';
}
