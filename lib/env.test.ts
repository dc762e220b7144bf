import { describe, expect, it } from 'vitest';
import { DEV_AUTH_SECRET, defaultPoolMax, EnvError, parseEnv } from './env';

const valid = { DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db' };
const smtpMessage = 'SMTP_URL must be an smtp:// or smtps:// URL with a host';
const fromMessage = 'MAIL_FROM must be an address or "Name <address>"';

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseEnv', () => {
  it('fills defaults', () => {
    expect(parseEnv(valid)).toMatchObject({
      PORT: 3000,
      NODE_ENV: 'development',
      DB_POOL_MAX: defaultPoolMax(),
      DEMO_MODE: false,
      SANDBOX_POSTBACK_DELAY_S: 5,
      TRUST_PROXY: false,
      MAIL_FROM: 'Ristourne <no-reply@ristourne.example>',
    });
    expect(parseEnv(valid).SMTP_URL).toBeUndefined();
  });

  it.each([
    ['missing DATABASE_URL', {}, 'DATABASE_URL is required but not set'],
    ['empty DATABASE_URL counts as missing', { DATABASE_URL: '' }, 'DATABASE_URL is required but not set'],
    [
      'a MySQL URL',
      { DATABASE_URL: 'mysql://x' },
      'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
    ],
    ['a port that is not a number', { ...valid, PORT: 'abc' }, 'PORT must be a number'],
    ['a port out of range', { ...valid, PORT: '70000' }, 'PORT must be between 1 and 65535'],
    ['a fractional port', { ...valid, PORT: '80.5' }, 'PORT must be a whole number'],
    ['a bad APP_URL', { ...valid, APP_URL: 'not a url' }, 'APP_URL must be an absolute http(s) URL'],
    [
      'a negative sandbox delay',
      { ...valid, SANDBOX_POSTBACK_DELAY_S: '-1' },
      'SANDBOX_POSTBACK_DELAY_S must be between 0 and 86400',
    ],
    [
      'a fractional sandbox delay',
      { ...valid, SANDBOX_POSTBACK_DELAY_S: '1.5' },
      'SANDBOX_POSTBACK_DELAY_S must be a whole number of seconds',
    ],
    [
      'a short CREDENTIALS_KEY',
      { ...valid, CREDENTIALS_KEY: 'c2hvcnQ=' },
      'CREDENTIALS_KEY must be 32 bytes in base64',
    ],
    ['a bad DEMO_MODE', { ...valid, DEMO_MODE: 'maybe' }, 'DEMO_MODE must be true or false'],
    ['an http SMTP_URL', { ...valid, SMTP_URL: 'http://mail.example' }, smtpMessage],
    ['an SMTP_URL without a host', { ...valid, SMTP_URL: 'smtp://' }, smtpMessage],
    ['an SMTP_URL with a space', { ...valid, SMTP_URL: 'smtp://mail .example' }, smtpMessage],
    ['a MAIL_FROM without an address', { ...valid, MAIL_FROM: 'Ristourne' }, fromMessage],
    ['a MAIL_FROM with a line break', { ...valid, MAIL_FROM: 'A\nBcc: x@y.z <a@b.c>' }, fromMessage],
  ])('%s', (_label, source, message) => {
    expect(problems(source)).toContain(message);
  });

  it('lists every problem at once', () => {
    expect(problems({ PORT: 'x' })).toHaveLength(2);
  });

  it('accepts postgresql:// and a custom port', () => {
    expect(parseEnv({ DATABASE_URL: 'postgresql://localhost/x', PORT: '8080' }).PORT).toBe(8080);
  });

  it.each([
    ['smtp with credentials and a port', 'smtp://user:p%40ss@mail.example:587'],
    ['smtps', 'smtps://mail.example'],
  ])('accepts an SMTP_URL: %s', (_label, url) => {
    expect(parseEnv({ ...valid, SMTP_URL: url }).SMTP_URL).toBe(url);
  });

  it('treats an empty SMTP_URL as unset (mailbox mode)', () => {
    expect(parseEnv({ ...valid, SMTP_URL: '' }).SMTP_URL).toBeUndefined();
  });

  it.each([
    ['a bare address', 'ops@ristourne.fr'],
    ['a display name', 'Ristourne Support <support@ristourne.fr>'],
  ])('accepts a MAIL_FROM: %s', (_label, from) => {
    expect(parseEnv({ ...valid, MAIL_FROM: from }).MAIL_FROM).toBe(from);
  });

  describe('AUTH_SECRET', () => {
    const strong = 'x'.repeat(32);
    const production = { ...valid, NODE_ENV: 'production', APP_URL: 'https://ristourne.example' };

    it.each([
      ['development', { ...valid, NODE_ENV: 'development' }],
      ['test', { ...valid, NODE_ENV: 'test' }],
      ['an unset NODE_ENV', valid],
      ['an empty AUTH_SECRET outside production', { ...valid, AUTH_SECRET: '' }],
    ])('falls back to the development secret in %s', (_label, source) => {
      expect(parseEnv(source).AUTH_SECRET).toBe(DEV_AUTH_SECRET);
    });

    it('keeps a configured secret', () => {
      expect(parseEnv({ ...production, AUTH_SECRET: strong }).AUTH_SECRET).toBe(strong);
      expect(parseEnv({ ...valid, AUTH_SECRET: strong }).AUTH_SECRET).toBe(strong);
    });

    it('is long enough to be a development default', () => {
      expect(DEV_AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    });

    it.each([
      ['missing in production', production, 'AUTH_SECRET is required but not set'],
      ['empty in production', { ...production, AUTH_SECRET: '' }, 'AUTH_SECRET is required but not set'],
      [
        'too short in production',
        { ...production, AUTH_SECRET: 'x'.repeat(31) },
        'AUTH_SECRET must be at least 32 characters',
      ],
      [
        'too short in development',
        { ...valid, AUTH_SECRET: 'short' },
        'AUTH_SECRET must be at least 32 characters',
      ],
      [
        'the development default in production',
        { ...production, AUTH_SECRET: DEV_AUTH_SECRET },
        'AUTH_SECRET must not be the development default in production',
      ],
    ])('is refused when %s', (_label, source, message) => {
      expect(problems(source)).toEqual([message]);
    });

    it('is listed with the other problems', () => {
      expect(problems({ NODE_ENV: 'production' })).toEqual([
        'DATABASE_URL is required but not set',
        'AUTH_SECRET is required but not set',
      ]);
    });
  });

  describe('APP_URL', () => {
    const production = { ...valid, NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) };

    it('is required in production', () => {
      expect(problems(production)).toEqual([
        'APP_URL is required in production (the public base URL, used in e-mailed links)',
      ]);
    });

    it.each([
      ['the demo (DEMO_MODE)', { ...production, DEMO_MODE: 'true' }],
      ['development', { ...valid, NODE_ENV: 'development' }],
      ['production with it', { ...production, APP_URL: 'https://ristourne.example' }],
    ])('is optional in %s', (_label, source) => {
      expect(problems(source)).toEqual([]);
    });
  });
});
