import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { postEntry } from '@/lib/ledger/post-entry';
import type { PostbackAdapter } from '@/lib/networks/conversion-event';
import { sendToyPostback, type ToyAccount, toyAdapter } from '@/tests/helpers/ingestion-fixtures';
import { insertTermsClick, type TermsSpec } from '@/tests/helpers/ledger-fixtures';

// Member purchases for the member-screen readers' integration tests (tests
// only), made the way production makes them: a click carrying real terms,
// then postbacks through the real intake, which posts the ledger in the same
// transaction. The toy network's sale is ten times its commission, so the
// default 5 % of the sale is half the commission. `converted` sets the
// purchase time (the toy network's is fixed otherwise).

const datedToy: PostbackAdapter = (raw, account) => {
  const result = toyAdapter(raw, account);
  const converted = raw.query.converted;
  if (!converted) return result;
  return { ...result, events: result.events.map((event) => ({ ...event, convertedAt: converted })) };
};

export type Purchase = {
  clickId: string;
  merchantId: number;
  networkId: string;
  send: (query: Record<string, string>) => Promise<number>;
  /** The conversion's id (our purchase id), once the first postback went through. */
  conversionId: () => Promise<string>;
};

export async function purchase(
  db: Db,
  account: ToyAccount,
  userId: string,
  spec: TermsSpec = {},
): Promise<Purchase> {
  const click = await insertTermsClick(db, userId, spec);
  const networkId = `T-${click.id}`;
  return {
    clickId: click.id,
    merchantId: click.merchantId,
    networkId,
    send: (query) =>
      sendToyPostback(
        db,
        account,
        { id: networkId, sub: click.id, order: `ORD-${click.id.slice(-6)}`, ...query },
        {
          toynet: datedToy,
        },
      ),
    conversionId: async () => {
      const { rows } = await db.execute<{ id: string }>(
        sql`select id from conversions where network_conversion_id = ${networkId}`,
      );
      if (!rows[0]) throw new Error(`no conversion ${networkId} yet`);
      return rows[0].id;
    },
  };
}

let withdrawals = 0;

/** A withdrawal of `amountMinor` from the member's available balance, requested; `pay` pays it out. */
export async function withdraw(
  db: Db,
  userId: string,
  amountMinor: number,
): Promise<{ pay: () => Promise<void> }> {
  withdrawals += 1;
  const key = `test-${userId}-${withdrawals}`;
  const member = (kind: 'member_available' | 'member_withdrawing') => ({ kind, userId, currency: 'EUR' });
  await postEntry(db, {
    sourceType: 'withdrawal',
    sourceKey: `${key}-requested`,
    kind: 'withdrawal_requested',
    userId,
    lines: [
      { account: member('member_available'), amountMinor },
      { account: member('member_withdrawing'), amountMinor: -amountMinor },
    ],
  });
  const pay = async () => {
    await postEntry(db, {
      sourceType: 'withdrawal',
      sourceKey: `${key}-paid`,
      kind: 'withdrawal_paid',
      userId,
      lines: [
        { account: member('member_withdrawing'), amountMinor },
        { account: { kind: 'cash', currency: 'EUR' }, amountMinor: -amountMinor },
      ],
    });
  };
  return { pay };
}

let bonuses = 0;

/** A bonus credited to the member's available balance from marketing expense. */
export async function bonus(db: Db, userId: string, amountMinor: number, currency = 'EUR') {
  bonuses += 1;
  await postEntry(db, {
    sourceType: 'bonus',
    sourceKey: `test-${userId}-${bonuses}`,
    kind: 'bonus',
    userId,
    lines: [
      { account: { kind: 'marketing_expense', currency }, amountMinor },
      { account: { kind: 'member_available', userId, currency }, amountMinor: -amountMinor },
    ],
  });
}
