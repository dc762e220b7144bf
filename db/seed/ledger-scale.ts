import type pg from 'pg';

// The ledger at scale, for `npm run bench:ledger` (issue 6: 100,000 members,
// 1,000,000 ledger lines, one member with 10,000). Rows are generated in SQL
// with the exact shape the posting code gives a purchase that was tracked,
// then approved under the on_approval hold rule:
//   tracked: Dr receivable C / Cr member_pending M / Cr margin_pending C−M
//   payable: member_pending → member_available, margin_pending → margin
// seven lines per purchase, the member's share half the commission rounded
// down. Constraint triggers are suspended for the bulk insert (one deferred
// balance check per line would take minutes); the cached balances are then
// computed from the lines, and `ledger:check` must find nothing wrong, which
// the bench verifies, so the data is as sound as posted data.

export type LedgerScale = { members: number; lines: number; heavyMemberLines: number };

export const LEDGER_BENCH_SCALE: LedgerScale = {
  members: 100_000,
  lines: 1_000_000,
  heavyMemberLines: 10_000,
};

const LINES_PER_PURCHASE = 7;
/** Of those, the member's own (pending credit; pending debit and available credit): what their statement lists. */
const MEMBER_LINES_PER_PURCHASE = 3;

export type LedgerScaleSummary = { members: number; purchases: number; lines: number; heavyMemberId: string };

export async function seedLedgerScale(
  pool: pg.Pool,
  scale: LedgerScale,
  log: (message: string) => void = () => {},
): Promise<LedgerScaleSummary> {
  const purchases = Math.floor(scale.lines / LINES_PER_PURCHASE);
  const heavyPurchases = Math.min(purchases, Math.ceil(scale.heavyMemberLines / MEMBER_LINES_PER_PURCHASE));
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`set local session_replication_role = replica`);
    log(`members: ${scale.members}`);
    await client.query(
      `insert into users (email, name, role, locale, email_verified_at, terms_accepted_at, privacy_accepted_at, created_at)
       select 'bench-' || i || '@ledger.example', 'Membre ' || i, 'member', 'fr', now(), now(), now(),
         now() - make_interval(days => (i % 700))
       from generate_series(1, $1::int) i`,
      [scale.members],
    );
    const { rows: network } = await client.query<{ id: number }>(
      `insert into network_accounts (network_code, name, publisher_id) values ('sandbox', 'Bench ledger', 'bench-ledger')
       returning id`,
    );
    const networkAccountId = network[0]!.id;
    const { rows: merchants } = await client.query<{ id: number }>(
      `select id from merchants order by id limit 50`,
    );
    if (merchants.length === 0)
      throw new Error('seedLedgerScale needs a catalog: seed the demo catalog first');
    const merchantIds = merchants.map((m) => m.id);

    log(`purchases: ${purchases} (${heavyPurchases} for the heavy member)`);
    // Purchase i belongs to bench member 1 (the heavy one) for i <= heavyPurchases, then round-robin over the rest.
    await client.query(
      `create temporary table bench_purchases on commit drop as
       select i,
         gen_random_uuid() as conversion_id,
         case when i <= $2::int then 1 else 2 + ((i - $2::int) % greatest($3::int - 1, 1)) end as member_no,
         (100 + (i * 7919) % 9900)::bigint as commission,
         ($4::int[])[1 + (i % array_length($4::int[], 1))] as merchant_id,
         now() - make_interval(mins => (i * 37) % (365 * 24 * 60)) as converted_at
       from generate_series(1, $1::int) i`,
      [purchases, heavyPurchases, scale.members, merchantIds],
    );
    await client.query(`alter table bench_purchases add column user_id uuid`);
    await client.query(
      `update bench_purchases p set user_id = u.id from users u where u.email = 'bench-' || p.member_no || '@ledger.example'`,
    );
    await client.query(
      `insert into conversions (id, network_code, network_account_id, network_conversion_id, user_id, merchant_id,
         match_status, status, network_status, sale_minor, commission_minor, currency, converted_at, validated_at,
         last_effective_at, revision, first_seen_at, updated_at)
       select conversion_id, 'sandbox', $1, 'BENCH-' || i, user_id, merchant_id, 'matched', 'approved', 'approved',
         commission * 10, commission, 'EUR', converted_at, converted_at + interval '20 days',
         converted_at + interval '20 days', 2, converted_at, converted_at + interval '20 days'
       from bench_purchases`,
      [networkAccountId],
    );
    await client.query(
      `insert into member_cashback (conversion_id, user_id, status, currency, commission_minor, member_minor,
         platform_minor, revision, payable_at, created_at, updated_at)
       select conversion_id, user_id, 'payable', 'EUR', commission, commission / 2, commission - commission / 2, 2,
         converted_at + interval '20 days', converted_at, converted_at + interval '20 days'
       from bench_purchases`,
    );
    await client.query(
      `insert into member_cashback_events (conversion_id, user_id, kind, status, member_minor, currency, created_at)
       select conversion_id, user_id, kind, status::member_cashback_status, commission / 2, 'EUR', at
       from bench_purchases, lateral (values ('tracked', 'tracked', converted_at),
         ('payable', 'payable', converted_at + interval '20 days')) as e (kind, status, at)`,
    );

    log('ledger accounts');
    await client.query(
      `insert into ledger_accounts (kind, user_id, currency)
       select k.kind::ledger_account_kind, u.id, 'EUR'
       from (select distinct user_id as id from bench_purchases) u,
         (values ('member_pending'), ('member_available')) as k (kind)
       on conflict on constraint ledger_accounts_owner_key do nothing`,
    );
    await client.query(
      `insert into ledger_accounts (kind, network_account_id, currency) values ('network_receivable', $1, 'EUR')
       on conflict on constraint ledger_accounts_owner_key do nothing`,
      [networkAccountId],
    );
    await client.query(
      `insert into ledger_accounts (kind, currency) values ('platform_margin_pending', 'EUR'), ('platform_margin', 'EUR')
       on conflict on constraint ledger_accounts_owner_key do nothing`,
    );

    log('ledger entries and lines');
    await client.query(
      `create temporary table bench_entries on commit drop as
       select p.*, s.step, s.kind, nextval(pg_get_serial_sequence('ledger_entries', 'id')) as entry_id,
         p.converted_at + case when s.step = 2 then interval '20 days' else interval '0' end as at
       from bench_purchases p, (values (1, 'tracked'), (2, 'payable')) as s (step, kind)`,
    );
    await client.query(
      `insert into ledger_entries (id, source_type, source_key, kind, user_id, conversion_id, memo, created_at)
       overriding system value
       select entry_id, 'conversion_change', 'bench-' || i || '-' || step, kind, user_id, conversion_id, '{}', at
       from bench_entries`,
    );
    // Fresh tables have no statistics: without them the planner takes 200 000
    // accounts for a handful and loops over them once per line.
    await client.query('analyze bench_entries');
    await client.query('analyze ledger_accounts');
    // Accounts by equality only (member accounts by user, the three platform
    // ones from a small table): an IS NOT DISTINCT FROM join cannot be hashed,
    // and made this statement quadratic.
    await client.query(
      `create temporary table bench_platform_accounts on commit drop as
       select kind::text as kind, id from ledger_accounts
       where currency = 'EUR' and user_id is null
         and (kind in ('platform_margin_pending', 'platform_margin')
           or (kind = 'network_receivable' and network_account_id = $1::int))`,
      [networkAccountId],
    );
    await client.query(
      `insert into ledger_lines (entry_id, account_id, amount_minor, currency, created_at)
       select e.entry_id, coalesce(m.id, p.id), l.amount, 'EUR', e.at
       from bench_entries e
       cross join lateral (values
         (1, 'network_receivable', e.commission),
         (1, 'member_pending', -(e.commission / 2)),
         (1, 'platform_margin_pending', -(e.commission - e.commission / 2)),
         (2, 'member_pending', e.commission / 2),
         (2, 'member_available', -(e.commission / 2)),
         (2, 'platform_margin_pending', e.commission - e.commission / 2),
         (2, 'platform_margin', -(e.commission - e.commission / 2))
       ) as l (step, kind, amount)
       left join ledger_accounts m on l.kind like 'member_%' and m.user_id = e.user_id
         and m.kind = l.kind::ledger_account_kind and m.currency = 'EUR'
       left join bench_platform_accounts p on p.kind = l.kind
       where l.step = e.step and l.amount <> 0`,
    );
    log('cached balances');
    await client.query(
      `update ledger_accounts a set balance_minor = s.total, line_count = s.n
       from (select account_id, sum(amount_minor) as total, count(*) as n from ledger_lines group by account_id) s
       where s.account_id = a.id and a.kind::text like 'member_%'`,
    );
    const { rows: heavy } = await client.query<{ id: string }>(
      `select id from users where email = 'bench-1@ledger.example'`,
    );
    const { rows: count } = await client.query<{
      n: string;
    }>(`select count(*) as n from ledger_lines l join ledger_entries e on e.id = l.entry_id
       where e.source_type = 'conversion_change' and e.source_key like 'bench-%'`);
    await client.query('commit');
    // Vacuumed as well as analysed: a million fresh rows would otherwise bring
    // autovacuum to work in the middle of whatever is measured next.
    await client.query('vacuum (analyze)');
    return { members: scale.members, purchases, lines: Number(count[0]!.n), heavyMemberId: heavy[0]!.id };
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}
