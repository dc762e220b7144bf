import { describe, expect, it } from 'vitest';
import { emailDelivery } from './email-delivery';
import { mailboxEnabled } from './mailbox-enabled';

const smtp = 'smtp://mail.example';

describe('mailboxEnabled', () => {
  it.each([
    ['development, no SMTP', { NODE_ENV: 'development', DEMO_MODE: false }, true],
    ['test, no SMTP', { NODE_ENV: 'test', DEMO_MODE: false }, true],
    ['the production demo, no SMTP', { NODE_ENV: 'production', DEMO_MODE: true }, true],
    ['production, not a demo', { NODE_ENV: 'production', DEMO_MODE: false }, false],
    ['development with SMTP', { NODE_ENV: 'development', DEMO_MODE: true, SMTP_URL: smtp }, false],
    ['production demo with SMTP', { NODE_ENV: 'production', DEMO_MODE: true, SMTP_URL: smtp }, false],
  ] as const)('%s → %s', (_label, env, expected) => {
    expect(mailboxEnabled(env)).toBe(expected);
  });
});

describe('emailDelivery', () => {
  it('sends through SMTP only when SMTP_URL is set', () => {
    expect(emailDelivery({ SMTP_URL: smtp })).toBe('smtp');
    expect(emailDelivery({ SMTP_URL: undefined })).toBe('mailbox');
  });
});
