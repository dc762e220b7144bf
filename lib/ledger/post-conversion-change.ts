import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import type { ClickTermsSnapshot, ConversionStatusValue, MemberCashbackStatus } from '@/db/schema';
import type { AccountSpec } from './account-spec';
import { type Buckets, conversionPositions, ZERO_BUCKETS } from './conversion-positions';
import { type ConversionSplit, conversionSplit, SPLIT_REFUSED } from './conversion-split';
import { ledgerConfig, type WelcomeBonus } from './ledger-config';
import { type HoldRule, memberStatus } from './member-status';
import { type PostingLine, postEntry } from './post-entry';
import { confirmsPurchase, creditWelcomeBonus } from './welcome-bonus';

// Consumes one conversion change (written by intake in the same transaction,
// lib/conversions/apply-event.ts and assign-conversion.ts) and posts its
// money: the split from the click's snapshot, the member's status, then one
// entry with the difference between where the conversion's money should be
// (lib/ledger/conversion-positions.ts) and where its entries have put it.
// The change row is claimed first (consumed_at), under the conversion's lock:
// a change is posted once however many times it is offered.
//
// A clawback: the member's available part shrinks after it was payable. What
// their available balance cannot cover becomes a member receivable (what they
// owe us), never a negative balance, and the purchase is flagged for ops;
// later credits repay the receivable first.

export type PostChangeOptions = { holdRule?: HoldRule; now?: Date; welcomeBonus?: WelcomeBonus };
export type PostChangeResult = { posted: boolean; memberStatus: MemberCashbackStatus | null };

type ConversionRow = {
  id: string;
  status: ConversionStatusValue;
  network_account_id: number;
  user_id: string | null;
  click_id: string | null;
  sale_minor: string | number | null;
  commission_minor: string | number;
  currency: string;
  new_customer: boolean | null;
  lock_at: Date | string | null;
  converted_at: Date | string;
  last_effective_at: Date | string;
  decline_reason: string | null;
  terms_snapshot: ClickTermsSnapshot | null;
  reported_by_network: boolean;
};

type Previous = {
  status: MemberCashbackStatus;
  member_minor: string | number;
  user_id: string | null;
};

export async function postConversionChange(
  tx: Tx,
  changeId: number,
  options: PostChangeOptions = {},
): Promise<PostChangeResult> {
  const holdRule = options.holdRule ?? ledgerConfig().holdRule;
  const now = options.now ?? new Date();
  const [claimed] = (
    await tx.execute<{ conversion_id: string; revision: number }>(sql`
      update conversion_changes set consumed_at = now()
      where id = ${changeId} and consumed_at is null
      returning conversion_id, revision`)
  ).rows;
  if (!claimed) return { posted: false, memberStatus: null };

  const [conversion] = (
    await tx.execute<ConversionRow>(sql`
      select c.id, c.status, c.network_account_id, c.user_id, c.click_id, c.sale_minor, c.commission_minor,
        c.currency, c.new_customer, c.lock_at, c.converted_at, c.last_effective_at, c.decline_reason, k.terms_snapshot,
        exists (
          select 1 from conversion_events e join inbox_events i on i.id = e.inbox_event_id
          where e.conversion_id = c.id and e.outcome = 'applied' and i.channel <> 'postback'
        ) as reported_by_network
      from conversions c left join clicks k on k.id = c.click_id
      where c.id = ${claimed.conversion_id}
      for update of c`)
  ).rows;
  if (!conversion) throw new Error(`conversion ${claimed.conversion_id} vanished`);
  const [previous] = (
    await tx.execute<Previous>(sql`
      select status, member_minor, user_id from member_cashback where conversion_id = ${conversion.id} for update`)
  ).rows;

  const userId = conversion.user_id;
  const commissionMinor = Number(conversion.commission_minor);
  const split: ConversionSplit = userId
    ? await conversionSplit(tx, {
        conversionId: conversion.id,
        snapshot: conversion.terms_snapshot,
        saleMinor: conversion.sale_minor === null ? null : Number(conversion.sale_minor),
        commissionMinor,
        currency: conversion.currency,
        newCustomer: conversion.new_customer,
      })
    : platformOnly(commissionMinor);
  const status = userId
    ? memberStatus({
        status: conversion.status,
        reportedByNetwork: conversion.reported_by_network,
        lockPassed: conversion.lock_at !== null && new Date(conversion.lock_at) <= now,
        holdRule,
        previous: previous?.status ?? null,
      })
    : null;

  const current = await currentPositions(tx, conversion.id);
  const target = conversionPositions({
    status: conversion.status,
    memberStatus: status,
    commissionMinor,
    memberMinor: split.memberMinor,
    platformMinor: split.platformMinor,
    marketingMinor: split.marketingMinor,
    cashMinor: current.cash,
  });
  const lines = await differenceLines(tx, {
    current,
    target,
    currency: conversion.currency,
    userId,
    networkAccountId: conversion.network_account_id,
  });
  const previousMember = previous ? Number(previous.member_minor) : null;
  const kind = entryKind(
    previous?.status ?? null,
    status,
    previousMember,
    split.memberMinor,
    conversion.status,
  );
  const { entryId } = await postEntry(tx, {
    sourceType: 'conversion_change',
    sourceKey: String(changeId),
    kind,
    userId,
    conversionId: conversion.id,
    memo: { revision: claimed.revision, status: conversion.status, memberStatus: status },
    lines: lines.lines,
  });

  if (userId && status) {
    const clawback = lines.receivableMinor > 0;
    await tx.execute(sql`
      insert into member_cashback (conversion_id, user_id, status, currency, commission_minor, member_minor,
        platform_minor, marketing_minor, boost_id, boost_extra_minor, split, revision, payable_at, flagged)
      values (${conversion.id}, ${userId}, ${status}, ${conversion.currency}, ${commissionMinor}, ${split.memberMinor},
        ${split.platformMinor}, ${split.marketingMinor}, ${split.boostId}, ${split.boostExtraMinor},
        ${JSON.stringify(split.detail)}::jsonb, ${claimed.revision},
        ${status === 'payable' ? now : null}, ${flagReason(clawback, split)})
      on conflict (conversion_id) do update set
        user_id = excluded.user_id, status = excluded.status, currency = excluded.currency,
        commission_minor = excluded.commission_minor, member_minor = excluded.member_minor,
        platform_minor = excluded.platform_minor, marketing_minor = excluded.marketing_minor,
        boost_id = excluded.boost_id, boost_extra_minor = excluded.boost_extra_minor, split = excluded.split,
        revision = excluded.revision,
        payable_at = case when excluded.status = 'payable' then coalesce(member_cashback.payable_at, excluded.payable_at)
          else member_cashback.payable_at end,
        flagged = coalesce(excluded.flagged, member_cashback.flagged), updated_at = now()`);
    // The timeline reads when things happened at the network (a pull can tell of a sale days later), never in the future.
    const happened = (event: { kind: string }) => {
      const at = new Date(event.kind === 'tracked' ? conversion.converted_at : conversion.last_effective_at);
      return at > now ? now : at;
    };
    const events = timelineEvents(previous ?? null, status, previousMember, split.memberMinor, clawback);
    for (const event of events) {
      const reason = event.kind === 'cancelled' ? (conversion.decline_reason ?? event.reason) : event.reason;
      await tx.execute(sql`
        insert into member_cashback_events (conversion_id, user_id, kind, status, member_minor, currency, reason, entry_id, created_at)
        values (${conversion.id}, ${userId}, ${event.kind}, ${status}, ${split.memberMinor}, ${conversion.currency},
          ${reason}, ${entryId}, ${happened(event).toISOString()})`);
    }
    if (clawback) {
      await tx.execute(
        sql`update conversions set flagged = true, updated_at = now() where id = ${conversion.id}`,
      );
    }
    if (confirmsPurchase(previous?.status ?? null, status)) {
      await creditWelcomeBonus(tx, {
        userId,
        conversionId: conversion.id,
        bonus: options.welcomeBonus ?? ledgerConfig().welcomeBonus,
      });
    }
  }
  return { posted: true, memberStatus: status };
}

function flagReason(clawback: boolean, split: ConversionSplit): string | null {
  if (clawback) return 'clawback';
  return split.detail.reason === SPLIT_REFUSED ? SPLIT_REFUSED : null;
}

function platformOnly(commissionMinor: number): ConversionSplit {
  return {
    memberMinor: 0,
    platformMinor: commissionMinor,
    marketingMinor: 0,
    boostId: null,
    boostExtraMinor: 0,
    detail: { reason: 'no_member' },
  };
}

const KIND_BUCKET: Record<string, keyof Buckets> = {
  network_receivable: 'receivable',
  cash: 'cash',
  marketing_expense: 'marketing',
  member_pending: 'memberPending',
  member_confirmed: 'memberConfirmed',
  member_available: 'memberAvailable',
  // What a member owes after a clawback is the other side of their available part.
  member_receivable: 'memberAvailable',
  platform_margin_pending: 'marginPending',
  platform_margin: 'margin',
};

async function currentPositions(tx: Tx, conversionId: string): Promise<Buckets> {
  const rows = await tx.execute<{ kind: string; sum: string | number }>(sql`
    select a.kind, sum(l.amount_minor) as sum
    from ledger_entries e
    join ledger_lines l on l.entry_id = e.id
    join ledger_accounts a on a.id = l.account_id
    where e.conversion_id = ${conversionId}
    group by a.kind`);
  const buckets = { ...ZERO_BUCKETS };
  for (const row of rows.rows) {
    const bucket = KIND_BUCKET[row.kind];
    if (!bucket) throw new Error(`a conversion entry touched a ${row.kind} account`);
    buckets[bucket] += Number(row.sum);
  }
  return buckets;
}

async function differenceLines(
  tx: Tx,
  input: {
    current: Buckets;
    target: Buckets;
    currency: string;
    userId: string | null;
    networkAccountId: number;
  },
): Promise<{ lines: PostingLine[]; receivableMinor: number }> {
  const { currency, userId } = input;
  const diff = (bucket: keyof Buckets) => input.target[bucket] - input.current[bucket];
  const platform = (kind: AccountSpec['kind']): AccountSpec => ({ kind, currency });
  const member = (kind: AccountSpec['kind']): AccountSpec => ({ kind, currency, userId });
  const lines: PostingLine[] = [
    {
      account: { kind: 'network_receivable', currency, networkAccountId: input.networkAccountId },
      amountMinor: diff('receivable'),
    },
    { account: platform('cash'), amountMinor: diff('cash') },
    { account: platform('marketing_expense'), amountMinor: diff('marketing') },
    { account: platform('platform_margin_pending'), amountMinor: diff('marginPending') },
    { account: platform('platform_margin'), amountMinor: diff('margin') },
  ];
  let receivableMinor = 0;
  if (userId) {
    lines.push(
      { account: member('member_pending'), amountMinor: diff('memberPending') },
      { account: member('member_confirmed'), amountMinor: diff('memberConfirmed') },
    );
    const available = diff('memberAvailable');
    if (available > 0) {
      // Taking back: from what is available, the rest becomes what the member owes.
      const balance = await memberBalance(tx, 'member_available', userId, currency);
      const taken = Math.min(available, -balance);
      receivableMinor = available - taken;
      lines.push(
        { account: member('member_available'), amountMinor: taken },
        { account: member('member_receivable'), amountMinor: receivableMinor },
      );
    } else if (available < 0) {
      // Crediting: a debt from an earlier clawback is repaid first.
      const owed = await memberBalance(tx, 'member_receivable', userId, currency);
      const repaid = Math.min(-available, owed);
      lines.push(
        { account: member('member_receivable'), amountMinor: -repaid },
        { account: member('member_available'), amountMinor: available + repaid },
      );
    }
  } else if (input.current.memberPending || input.current.memberConfirmed || input.current.memberAvailable) {
    throw new Error('a conversion without a member holds member money');
  }
  return { lines, receivableMinor };
}

/** The account's balance (debit positive), its row locked until the transaction ends. */
async function memberBalance(
  tx: Tx,
  kind: 'member_available' | 'member_receivable',
  userId: string,
  currency: string,
): Promise<number> {
  const [row] = (
    await tx.execute<{ balance_minor: string | number }>(sql`
      select balance_minor from ledger_accounts
      where kind = ${kind} and user_id = ${userId} and network_account_id is null and currency = ${currency}
      for update`)
  ).rows;
  return row ? Number(row.balance_minor) : 0;
}

function entryKind(
  from: MemberCashbackStatus | null,
  to: MemberCashbackStatus | null,
  fromMinor: number | null,
  toMinor: number,
  status: ConversionStatusValue,
): string {
  if (to === null) return status === 'declined' || status === 'void' ? 'cancelled' : 'platform';
  if (from === null) return to;
  if (from !== to) return to;
  if (fromMinor !== toMinor) return 'amended';
  return status === 'paid' ? 'network_paid' : 'updated';
}

function timelineEvents(
  previous: Previous | null,
  status: MemberCashbackStatus,
  fromMinor: number | null,
  toMinor: number,
  clawback: boolean,
): Array<{ kind: string; reason: string | null }> {
  const events: Array<{ kind: string; reason: string | null }> = [];
  if (!previous) {
    events.push({ kind: 'tracked', reason: null });
    if (status !== 'tracked') events.push({ kind: status, reason: null });
    return events;
  }
  if (previous.user_id === null) events.push({ kind: 'assigned', reason: null });
  if (fromMinor !== null && fromMinor !== toMinor && status !== 'cancelled') {
    events.push({ kind: 'amended', reason: null });
  }
  if (previous.status !== status) events.push({ kind: status, reason: null });
  if (clawback) events.push({ kind: 'clawback', reason: null });
  return events;
}
