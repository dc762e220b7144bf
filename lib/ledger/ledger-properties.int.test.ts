import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '@/tests/helpers/accounts';
import { addToyAccount, sendToyPostback, type ToyAccount } from '@/tests/helpers/ingestion-fixtures';
import { insertTermsClick, memberBalances } from '@/tests/helpers/ledger-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { assertLedgerInvariants } from './check-invariants';

// Property-based (fast-check): random network histories over several members
// (tracked, amended, corrected, approved, declined, paid, reversed after
// payment, orphans), sent through the real intake as postbacks:
//  - in the order they happened, then again (every one a duplicate): the
//    second pass posts nothing;
//  - in the same order to a second world: identical ledgers, conversion by
//    conversion and account by account;
//  - shuffled with duplicates to a third world: the same member balances and
//    the same conversions;
// and the invariants hold after every world.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

type Step = { status: 'pending' | 'approved' | 'declined' | 'paid'; commission: number };

/** One conversion's history as a network would tell it: statuses only move forward. */
const history = fc
  .tuple(
    fc.array(fc.integer({ min: 1, max: 50_000 }), { minLength: 1, maxLength: 3 }),
    fc.constantFrom('pending', 'approved', 'declined', 'paid', 'clawback'),
    fc.integer({ min: 1, max: 50_000 }),
  )
  .map(([pendings, end, approvedCommission]): Step[] => {
    const steps: Step[] = pendings.map((commission) => ({ status: 'pending', commission }));
    const last = pendings.at(-1)!;
    if (end === 'declined') steps.push({ status: 'declined', commission: last });
    if (end === 'approved' || end === 'paid' || end === 'clawback') {
      steps.push({ status: 'approved', commission: approvedCommission });
    }
    if (end === 'paid' || end === 'clawback') steps.push({ status: 'paid', commission: approvedCommission });
    if (end === 'clawback') steps.push({ status: 'paid', commission: 0 });
    return steps;
  });

const scenario = fc.record({
  members: fc.integer({ min: 1, max: 3 }),
  conversions: fc.array(fc.record({ member: fc.integer({ min: 0, max: 3 }), steps: history }), {
    minLength: 1,
    maxLength: 4,
  }),
  seed: fc.integer(),
});

type Postback = { conversion: number; query: Record<string, string> };

let run = 0;

async function world(members: number, conversions: Array<{ member: number; steps: Step[] }>) {
  run += 1;
  const account: ToyAccount = await addToyAccount(t.db, 'toynet', `prop-${run}-${Date.now()}`);
  const users = await Promise.all(
    Array.from({ length: members }, (_, i) =>
      makeUser(t.db, { email: `prop-${run}-${i}-${Date.now()}@example.com` }),
    ),
  );
  const clicks = await Promise.all(
    conversions.map(async (c) =>
      // member index `members` (or above): an orphan, no click.
      c.member < members ? (await insertTermsClick(t.db, users[c.member]!.id, { rateBps: 700 })).id : null,
    ),
  );
  const postbacks: Postback[] = conversions.flatMap((c, i) =>
    c.steps.map((step, n) => ({
      conversion: i,
      query: {
        id: `P${run}-${i}`,
        commission: String(step.commission),
        status: step.status,
        at: new Date(Date.UTC(2026, 10, 1, 10, n)).toISOString(),
        ...(clicks[i] ? { sub: clicks[i]! } : {}),
      },
    })),
  );
  const send = async (list: Postback[]) => {
    for (const postback of list) await sendToyPostback(t.db, account, postback.query);
  };
  const ledger = async () => {
    const balances = await Promise.all(users.map((user) => memberBalances(t.db, user.id)));
    const conversionsNow = await t.db.execute<{ id: string; status: string; commission_minor: string }>(sql`
      select c.network_conversion_id as id, c.status, c.commission_minor from conversions c
      where c.network_account_id = ${account.id} order by c.network_conversion_id`);
    const positions = await t.db.execute<{ id: string; kind: string; total: string }>(sql`
      select c.network_conversion_id as id, a.kind, sum(l.amount_minor) as total
      from conversions c join ledger_entries e on e.conversion_id = c.id
      join ledger_lines l on l.entry_id = e.id join ledger_accounts a on a.id = l.account_id
      where c.network_account_id = ${account.id}
      group by c.network_conversion_id, a.kind having sum(l.amount_minor) <> 0 order by 1, 2`);
    const strip = (id: string) => id.replace(/^P\d+-/, '');
    return {
      balances,
      conversions: conversionsNow.rows.map((r) => ({
        id: strip(r.id),
        status: r.status,
        commission: Number(r.commission_minor),
      })),
      positions: positions.rows.map((r) => ({ id: strip(r.id), kind: r.kind, total: Number(r.total) })),
    };
  };
  const lineCount = async () =>
    Number((await t.db.execute<{ n: string }>(sql`select count(*) as n from ledger_lines`)).rows[0]!.n);
  return { postbacks, send, ledger, lineCount };
}

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('the ledger under random conversion histories', () => {
  it('keeps every invariant; replays post nothing; the same events give the same ledger', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ members, conversions, seed }) => {
        const a = await world(members, conversions);
        await a.send(a.postbacks);
        await assertLedgerInvariants(t.db);
        const first = await a.ledger();
        const lines = await a.lineCount();
        await a.send(a.postbacks);
        expect(await a.lineCount()).toBe(lines);

        const b = await world(members, conversions);
        await b.send(b.postbacks);
        expect(await b.ledger()).toEqual(first);

        const c = await world(members, conversions);
        const disorder = shuffled([...c.postbacks, ...c.postbacks.filter((_, i) => i % 2 === 0)], seed);
        await c.send(disorder);
        await assertLedgerInvariants(t.db);
        const reordered = await c.ledger();
        expect(reordered.balances).toEqual(first.balances);
        expect(reordered.conversions).toEqual(first.conversions);
      }),
      { numRuns: 12 },
    );
  }, 180_000);
});
