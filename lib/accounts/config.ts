import { type Env, env } from '@/lib/env';
import { type EmailDelivery, emailDelivery } from '@/lib/notifications/email-delivery';

// What the accounts domain needs from the environment, passed explicitly so
// tests (and the CLI) can run it without a process environment.

export type AccountsConfig = {
  /** Public base URL for links in e-mails. Never the request's Host header, which a client controls. */
  appUrl: string;
  /** Keys IP hashes (AUTH_SECRET). */
  secret: string;
  /** Where new e-mails go: the SMTP sender or the dev mailbox. */
  delivery: EmailDelivery;
};

export function accountsConfig(config: Env = env()): AccountsConfig {
  return {
    appUrl: config.APP_URL ?? `http://localhost:${config.PORT}`,
    secret: config.AUTH_SECRET,
    delivery: emailDelivery(config),
  };
}
