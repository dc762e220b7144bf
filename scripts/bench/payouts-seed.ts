import type pg from 'pg';
import { maskIban } from '@/lib/payouts/mask-payout-detail';
import { payoutFingerprint, sealPayoutDetails } from '@/lib/withdrawals/payout-secrets';

// Approved SEPA withdrawals in bulk, for bench:payouts and its test: members,
// their verified SEPA methods and one approved withdrawal each. IBANs are
// made in SQL (French, digits-only BBAN with its RIB key, check digits by mod-97, so each
// passes lib/payouts/iban.ts); the details are sealed in JS by the same code
// as a member's form (AES-256-GCM), since SQL cannot. No ledger postings:
// batching and exporting read none.

const CHUNK = 10_000;
const NAMES = [
  'Zoë Ångström',
  'Jean-Émile Lefèvre',
  'Łukasz Żółć',
  'María José Núñez',
  'Søren Kierkegaard',
  'Anaïs Château',
];

export async function seedApprovedSepa(
  pool: pg.Pool,
  count: number,
  key: Buffer,
): Promise<{ opsId: string }> {
  const tag = Date.now().toString(36);
  const { rows: ops } = await pool.query<{ id: string }>(
    `insert into users (email, name, role, email_verified_at, terms_accepted_at, privacy_accepted_at)
     values ($1, 'Bench Ops', 'ops', now(), now(), now()) returning id`,
    [`bench-ops-${tag}@example.com`],
  );
  const opsId = ops[0]!.id;
  for (let from = 1; from <= count; from += CHUNK) {
    const to = Math.min(from + CHUNK - 1, count);
    const { rows } = await pool.query<{ id: string; n: number; iban: string }>(
      `with made as (
         insert into users (email, name, email_verified_at, terms_accepted_at, privacy_accepted_at)
         select 'bench-payee-' || $3 || '-' || n || '@example.com', 'Payee ' || n, now(), now(), now()
         from generate_series($1::int, $2::int) n
         returning id, (regexp_match(email, '-(\\d+)@'))[1]::int as n
       ), bban as (
         select id, n, '30006' || '00001' || lpad(n::text, 11, '0') || lpad((97 - ((89 * 30006 + 15 * 1 + 3 * n::bigint) % 97))::text, 2, '0') as bban from made
       )
       select id, n, 'FR' || lpad((98 - ((bban || '152700')::numeric % 97))::text, 2, '0') || bban as iban from bban`,
      [from, to, tag],
    );
    const ids: string[] = [];
    const sealed: string[] = [];
    const masked: string[] = [];
    const fingerprints: string[] = [];
    for (const row of rows) {
      ids.push(row.id);
      sealed.push(
        sealPayoutDetails({ holderName: NAMES[row.n % NAMES.length]!, iban: row.iban, bic: null }, key),
      );
      masked.push(maskIban(row.iban));
      fingerprints.push(payoutFingerprint('sepa', row.iban, key));
    }
    await pool.query(
      `with methods as (
         insert into payout_methods (user_id, kind, details_encrypted, masked_detail, details_fingerprint, verified_at)
         select u, 'sepa', d, m, f, now()
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) as t(u, d, m, f)
         returning id, user_id, masked_detail
       )
       insert into withdrawals (user_id, payout_method_id, method, destination_label, amount_minor, currency, status,
         idempotency_key, approved_by, approved_at)
       select user_id, id, 'sepa', masked_detail, 1000 + (abs(hashtext(id::text)) % 99000), 'EUR', 'approved',
         gen_random_uuid()::text, $5, now()
       from methods`,
      [ids, sealed, masked, fingerprints, opsId],
    );
  }
  return { opsId };
}
