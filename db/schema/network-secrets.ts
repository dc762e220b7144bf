import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { networkAccounts } from './catalog';

// What authenticates a network account, kept apart from the account itself so
// that catalog reads never load it. Postback tokens are stored as sha-256
// hashes (a database leak yields no usable URL); API credentials encrypted
// with a key from the environment (lib/networks/credentials.ts).

export const networkAccountSecrets = pgTable(
  'network_account_secrets',
  {
    networkAccountId: integer()
      .primaryKey()
      .references(() => networkAccounts.id, { onDelete: 'cascade' }),
    postbackTokenHash: text().notNull(),
    /** After a rotation the old token keeps working until `previousTokenValidUntil`. */
    previousTokenHash: text(),
    previousTokenValidUntil: timestamp({ withTimezone: true }),
    /** AES-256-GCM, base64 `iv.tag.ciphertext`; null when the network is push-only. */
    credentialsEncrypted: text(),
    /** Only where the network publishes its source ranges (Impact); null = any source. */
    allowedSourceIps: text().array(),
    /** Generic S2S accounts: canonical field → parameter name. */
    fieldMap: jsonb().$type<Record<string, string>>(),
    rotatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('network_account_secrets_token_hex', sql`${t.postbackTokenHash} ~ '^[0-9a-f]{64}$'`),
    check(
      'network_account_secrets_previous_pair',
      sql`(${t.previousTokenHash} is null) = (${t.previousTokenValidUntil} is null)`,
    ),
  ],
);

export type NetworkAccountSecret = typeof networkAccountSecrets.$inferSelect;
