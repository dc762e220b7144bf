import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * Connections per server process when DB_POOL_MAX is unset: twice the cores. More connections
 * than there are cores to run their queries only share those cores: on the 2-core machine, ten
 * concurrent searches answered p95 42-45 ms through 12 connections and 25-33 ms through 4, at a
 * higher rate (npm run bench:catalog).
 */
export function defaultPoolMax(): number {
  return availableParallelism() * 2;
}

// The environment, validated once. Each variable gets its own message so a
// misconfigured deployment says exactly what to fix.

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^\s]+$/.test(value), {
    message: 'must be a postgres:// or postgresql:// connection URL',
  });

// smtp:// (STARTTLS when offered) or smtps:// (TLS from the start), with a host.
const smtpUrl = z
  .string()
  .trim()
  .refine(
    (value) => {
      if (!/^smtps?:\/\/\S+$/.test(value)) return false;
      try {
        return new URL(value).hostname !== '';
      } catch {
        return false;
      }
    },
    { message: 'must be an smtp:// or smtps:// URL with a host' },
  );

// "Name <address>" or a bare address; no line breaks, which would inject headers.
const mailFrom = z
  .string()
  .trim()
  .regex(/^(?:[^<>\r\n]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/, {
    message: 'must be an address or "Name <address>"',
  });

// A positive whole number of minor units (withdrawal limits).
const minorUnits = z.coerce
  .number({ message: 'must be an amount in minor units' })
  .int('must be a whole number of minor units')
  .min(1, 'must be at least 1')
  .max(Number.MAX_SAFE_INTEGER, 'is too large');

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: postgresUrl,
  PORT: z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(3000),
  APP_URL: z.url({ message: 'must be an absolute http(s) URL' }).optional(),
  DB_POOL_MAX: z.coerce
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(200, 'must be at most 200')
    .default(defaultPoolMax),
  // The demo (npm start on the embedded database) turns this on; a real site leaves it off.
  DEMO_MODE: z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  // Unset: e-mails are kept for /dev/mailbox instead of being sent.
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: mailFrom.default('Ristourne <no-reply@ristourne.example>'),
  // A reverse proxy in front overwrites X-Forwarded-For: trust it. Off, the
  // server takes the client's address from the socket (scripts/server/main.ts).
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  // Encrypts network API credentials at rest (lib/networks/credentials.ts).
  CREDENTIALS_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, { message: 'must be 32 bytes in base64' })
    .optional(),
  // The sandbox network's pause between a sale event and its postback (0 in tests).
  SANDBOX_POSTBACK_DELAY_S: z.coerce
    .number({ message: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be between 0 and 86400')
    .max(86_400, 'must be between 0 and 86400')
    .default(5),
  // When a confirmed purchase's cashback becomes withdrawable (lib/ledger/member-status.ts).
  CASHBACK_HOLD_RULE: z
    .enum(['on_approval', 'network_paid'], { message: 'must be on_approval or network_paid' })
    .default('on_approval'),
  // Manual ledger adjustments from this amount (minor units, any currency) need a second staff member.
  ADJUSTMENT_SECOND_APPROVAL_FROM_MINOR: z.coerce
    .number({ message: 'must be an amount in minor units' })
    .int('must be a whole number of minor units')
    .min(1, 'must be at least 1')
    .default(5_000),
  // Credited once per member, from marketing expense, when their first cashback is confirmed (0: none).
  WELCOME_BONUS_MINOR: z.coerce
    .number({ message: 'must be an amount in minor units' })
    .int('must be a whole number of minor units')
    .min(0, 'must be 0 (no bonus) or more')
    .max(100_000, 'must be at most 100000')
    .default(300),
  WELCOME_BONUS_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR')
    .default('EUR'),
  // Withdrawal limits in minor units of the withdrawal's currency (lib/withdrawals/withdrawals-config.ts).
  WITHDRAWAL_MIN_PAYPAL_MINOR: minorUnits.default(1_000),
  WITHDRAWAL_MIN_SEPA_MINOR: minorUnits.default(1_000),
  WITHDRAWAL_MIN_CHARITY_MINOR: minorUnits.default(100),
  WITHDRAWAL_MAX_MINOR: minorUnits.default(1_000_000),
  // Approving a withdrawal from this amount (minor units) needs a second staff member (lib/withdrawals/review-withdrawal.ts).
  WITHDRAWAL_SECOND_APPROVAL_FROM_MINOR: minorUnits.default(50_000),
  // Keys session JWTs and IP hashes. Outside production parseEnv fills a fixed
  // development value, so a laptop and the tests need no set-up.
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters'),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
    this.problems = problems;
  }
}

/** Public on purpose: it only ever signs development and test sessions. */
export const DEV_AUTH_SECRET = 'ristourne-development-secret-not-for-production';

/** Parses an environment; throws EnvError listing every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings count as unset, as shells and .env files often leave them.
  const cleaned: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== ''),
  );
  const production = cleaned.NODE_ENV === 'production';
  if (!production) cleaned.AUTH_SECRET ??= DEV_AUTH_SECRET;
  const result = envSchema.safeParse(cleaned);
  const problems = result.success
    ? []
    : result.error.issues.map((issue) => {
        const name = issue.path.join('.');
        const missing = issue.code === 'invalid_type' && cleaned[name] === undefined;
        return missing ? `${name} is required but not set` : `${name} ${issue.message}`;
      });
  // A copied .env must not put the published development secret in charge of real sessions.
  if (production && cleaned.AUTH_SECRET === DEV_AUTH_SECRET) {
    problems.push('AUTH_SECRET must not be the development default in production');
  }
  // E-mailed links and the sandbox's links are absolute: a real site must say where it lives.
  if (production && result.success && !result.data.DEMO_MODE && !result.data.APP_URL) {
    problems.push('APP_URL is required in production (the public base URL, used in e-mailed links)');
  }
  if (result.success && problems.length === 0) return result.data;
  throw new EnvError(problems);
}

let cached: Env | undefined;

/** The validated process environment (cached after the first call). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
