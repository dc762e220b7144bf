import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type AccountSpec, accountKey } from './account-spec';

// Ledger accounts are created on first use. The insert is idempotent on the
// owner key (kind, member, network account, currency; nulls not distinct), so
// two transactions creating the same account both end up with its one id.
// Existing accounts are looked up first and never written: an insert meeting
// an existing row would wait for any transaction updating it (a member's
// balance), and every conversion uses the same platform accounts.

type AccountRow = {
  id: number;
  kind: AccountSpec['kind'];
  user_id: string | null;
  network_account_id: number | null;
  currency: string;
};

export async function ledgerAccountIds(
  db: DbOrTx,
  specs: readonly AccountSpec[],
): Promise<Map<string, number>> {
  const unique = new Map(specs.map((spec) => [accountKey(spec), spec]));
  const ids = new Map<string, number>();
  if (unique.size === 0) return ids;
  const values = [...unique.values()].map(
    (spec) =>
      sql`(${spec.kind}::ledger_account_kind, ${spec.userId ?? null}::uuid, ${spec.networkAccountId ?? null}::int, ${spec.currency}::char(3))`,
  );
  let rows = await lookUp(db, values);
  if (rows.length < unique.size) {
    await db.execute(sql`
      insert into ledger_accounts (kind, user_id, network_account_id, currency)
      values ${sql.join(values, sql`, `)}
      on conflict on constraint ledger_accounts_owner_key do nothing`);
    rows = await lookUp(db, values);
  }
  for (const row of rows) {
    ids.set(
      accountKey({
        kind: row.kind,
        userId: row.user_id,
        networkAccountId: row.network_account_id,
        currency: row.currency,
      }),
      row.id,
    );
  }
  return ids;
}

async function lookUp(db: DbOrTx, values: ReturnType<typeof sql>[]): Promise<AccountRow[]> {
  const result = await db.execute<AccountRow>(sql`
    select a.id, a.kind, a.user_id, a.network_account_id, a.currency
    from ledger_accounts a
    join (values ${sql.join(values, sql`, `)}) as wanted (kind, user_id, network_account_id, currency)
      on a.kind = wanted.kind and a.currency = wanted.currency
      and a.user_id is not distinct from wanted.user_id
      and a.network_account_id is not distinct from wanted.network_account_id`);
  return result.rows;
}
