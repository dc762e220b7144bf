import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import {
  type DormantBalanceNotice,
  dormantBalanceNotices,
  payoutMethods,
  withdrawalEvents,
  withdrawals,
} from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { intlLocale, type Locale } from '@/lib/i18n/config';
import { postEntry } from '@/lib/ledger/post-entry';
import { formatMoney } from '@/lib/money';
import { enqueueEmail } from '@/lib/notifications/enqueue-email';
import type { NotifyConfig } from './notify-withdrawal-closed';
import { destinationText, withdrawalLink } from './withdrawal-links';
import { requestMove } from './withdrawal-transitions';

// Dormant balances (issue 7). A member is ACTIVE when they sign in (a
// session opened or seen), click out to a merchant, make a purchase (a
// tracked cashback), or request a withdrawal; the account's creation counts
// as its first activity. From their last activity:
//   - 11 months: a warning e-mail, once per inactivity period;
//   - 12 months: their available balance is requested as a withdrawal to
//     their saved, verified PayPal or SEPA method; failing that, donated to
//     the default charity if they consented in advance (payout_preferences);
//     otherwise it is kept and they are reminded, once per period.
// The money is never confiscated: a dormant withdrawal is an ordinary
// `requested` withdrawal that ops approve and pay like any other (and that
// comes back to the balance if rejected or returned). Each step is a row in
// dormant_balance_notices, unique per member, step, period and currency, so
// the daily job can run any number of times.

export const WARN_AFTER_MONTHS = 11;
export const SETTLE_AFTER_MONTHS = 12;
/** Members handled per run; a full run means more may be waiting. */
export const DORMANT_CANDIDATES_PER_RUN = 500;

export type DormantConfig = NotifyConfig;

type Candidate = {
  user_id: string;
  email: string;
  name: string;
  locale: Locale;
  currency: string;
  available_minor: string;
  last_active: Date | string;
  due: 'warning' | 'settle';
};

export type DormantReport = { warned: number; paidOut: number; donated: number; reminded: number };

export async function runDormantBalances(db: Db, now: Date, config: DormantConfig): Promise<DormantReport> {
  const report: DormantReport = { warned: 0, paidOut: 0, donated: 0, reminded: 0 };
  const at = now.toISOString();
  const candidates = await db.execute<Candidate>(sql`
    with balances as (
      select la.user_id, la.currency, -la.balance_minor as available_minor
      from ledger_accounts la
      where la.kind = 'member_available' and la.balance_minor < 0
    ), activity as (
      select b.user_id, b.currency, b.available_minor, u.email, u.name, u.locale,
        greatest(
          u.created_at,
          (select max(greatest(s.created_at, s.last_seen_at)) from user_sessions s where s.user_id = u.id),
          (select max(c.created_at) from clicks c where c.user_id = u.id),
          (select max(mc.created_at) from member_cashback mc where mc.user_id = u.id),
          (select max(w.created_at) from withdrawals w where w.user_id = u.id)
        ) as last_active
      from balances b join users u on u.id = b.user_id
      where u.deleted_at is null and u.role = 'member'
    )
    select a.*, case when a.last_active <= ${at}::timestamptz - make_interval(months => ${SETTLE_AFTER_MONTHS})
      then 'settle' else 'warning' end as due
    from activity a
    where a.last_active <= ${at}::timestamptz - make_interval(months => ${WARN_AFTER_MONTHS})
      and not exists (
        select 1 from dormant_balance_notices n
        where n.user_id = a.user_id and n.currency = a.currency and n.inactive_since = a.last_active
          and n.kind in (case when a.last_active <= ${at}::timestamptz - make_interval(months => ${SETTLE_AFTER_MONTHS})
            then 'paid_out'::dormant_notice_kind else 'warning'::dormant_notice_kind end, 'donated', 'reminder')
      )
    order by a.last_active limit ${DORMANT_CANDIDATES_PER_RUN}`);

  for (const candidate of candidates.rows) {
    const outcome = await db.transaction((tx) => dormantStep(tx, candidate, now, config));
    if (outcome === 'warning') report.warned += 1;
    if (outcome === 'paid_out') report.paidOut += 1;
    if (outcome === 'donated') report.donated += 1;
    if (outcome === 'reminder') report.reminded += 1;
  }
  return report;
}

async function dormantStep(
  tx: Tx,
  candidate: Candidate,
  now: Date,
  config: DormantConfig,
): Promise<DormantBalanceNotice['kind'] | null> {
  const inactiveSince = new Date(candidate.last_active);
  const balanceMinor = Number(candidate.available_minor);
  const amount = formatMoney(
    { amountMinor: balanceMinor, currency: candidate.currency },
    intlLocale[candidate.locale],
  );
  const link = withdrawalLink(config.appUrl, 'withdrawals');
  const notice = async (kind: DormantBalanceNotice['kind'], withdrawalId: string | null = null) => {
    const inserted = await tx
      .insert(dormantBalanceNotices)
      .values({
        userId: candidate.user_id,
        kind,
        inactiveSince,
        balanceMinor,
        currency: candidate.currency,
        withdrawalId,
      })
      .onConflictDoNothing()
      .returning({ id: dormantBalanceNotices.id });
    return inserted.length > 0;
  };
  const mail = (
    template: 'dormant-warning' | 'dormant-reminder' | 'dormant-settled',
    detail: string,
    kind: string,
  ) =>
    enqueueEmail(tx, {
      template,
      locale: candidate.locale,
      to: candidate.email,
      params: { name: candidate.name, amount, detail, link },
      dedupeKey: `dormant-${kind}:${candidate.user_id}:${candidate.currency}:${inactiveSince.toISOString()}`,
      delivery: config.delivery,
    });
  const audit = (
    action:
      | 'dormant_balance.warned'
      | 'dormant_balance.reminded'
      | 'dormant_balance.paid_out'
      | 'dormant_balance.donated',
    withdrawalId?: string,
  ) =>
    writeAudit(tx, {
      actorUserId: null,
      action,
      targetUserId: candidate.user_id,
      details: {
        balanceMinor,
        currency: candidate.currency,
        inactiveSince: inactiveSince.toISOString(),
        ...(withdrawalId ? { withdrawalId } : {}),
      },
    });

  if (candidate.due === 'warning') {
    if (!(await notice('warning'))) return null;
    const settleOn = new Date(inactiveSince);
    settleOn.setUTCMonth(settleOn.getUTCMonth() + SETTLE_AFTER_MONTHS);
    const date = new Intl.DateTimeFormat(intlLocale[candidate.locale], {
      dateStyle: 'long',
      timeZone: 'Europe/Paris',
    }).format(settleOn < now ? now : settleOn);
    await mail('dormant-warning', date, 'warning');
    await audit('dormant_balance.warned');
    return 'warning';
  }

  const target = await settlementMethod(tx, candidate.user_id);
  if (!target) {
    if (!(await notice('reminder'))) return null;
    await mail('dormant-reminder', '', 'reminder');
    await audit('dormant_balance.reminded');
    return 'reminder';
  }
  const kind = target.kind === 'charity' ? 'donated' : 'paid_out';
  const withdrawalId = await dormantWithdrawal(tx, candidate, inactiveSince, balanceMinor, target);
  if (!(await notice(kind, withdrawalId))) return null;
  await mail('dormant-settled', destinationText(candidate.locale, target.kind, target.label), kind);
  await audit(kind === 'donated' ? 'dormant_balance.donated' : 'dormant_balance.paid_out', withdrawalId);
  return kind;
}

type Target = { id: string; kind: 'paypal' | 'sepa' | 'charity'; label: string };

/** The member's verified PayPal or SEPA method (SEPA first), else the default charity if they consented. */
async function settlementMethod(tx: Tx, userId: string): Promise<Target | null> {
  const saved = await tx.execute<{ id: string; kind: 'paypal' | 'sepa'; masked_detail: string }>(sql`
    select id, kind, masked_detail from payout_methods
    where user_id = ${userId} and archived_at is null and verified_at is not null and kind in ('sepa', 'paypal')
    order by kind desc limit 1`);
  if (saved.rows[0])
    return { id: saved.rows[0].id, kind: saved.rows[0].kind, label: saved.rows[0].masked_detail };
  const consent = await tx.execute<{
    charity_id: number;
    name: string;
    method_id: string | null;
    has_live_charity: boolean;
  }>(sql`
    select c.id as charity_id, c.name,
      (select m.id from payout_methods m where m.user_id = ${userId} and m.archived_at is null
        and m.kind = 'charity' and m.charity_id = c.id) as method_id,
      exists (select 1 from payout_methods m where m.user_id = ${userId} and m.archived_at is null
        and m.kind = 'charity') as has_live_charity
    from payout_preferences p, charities c
    where p.user_id = ${userId} and p.dormant_donate and c.is_default and c.active`);
  const row = consent.rows[0];
  if (!row) return null;
  if (row.method_id) return { id: row.method_id, kind: 'charity', label: row.name };
  // Their own charity method points elsewhere: it is not ours to replace; keep the money and remind them.
  if (row.has_live_charity) return null;
  // Consent given in advance stands for the verification a saved method would have had.
  const [method] = await tx
    .insert(payoutMethods)
    .values({ userId, kind: 'charity', charityId: row.charity_id, verifiedAt: sql`now()` })
    .returning({ id: payoutMethods.id });
  return { id: method!.id, kind: 'charity', label: row.name };
}

/** A `requested` withdrawal of the whole balance, as if the member had asked (key derived: once per period). */
async function dormantWithdrawal(
  tx: Tx,
  candidate: Candidate,
  inactiveSince: Date,
  amountMinor: number,
  target: Target,
) {
  const hex = createHash('sha256')
    .update(`dormant:${candidate.user_id}:${candidate.currency}:${inactiveSince.toISOString()}`)
    .digest('hex');
  const idempotencyKey = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  const [created] = await tx
    .insert(withdrawals)
    .values({
      userId: candidate.user_id,
      payoutMethodId: target.id,
      method: target.kind,
      destinationLabel: target.label,
      amountMinor,
      currency: candidate.currency,
      status: 'requested',
      idempotencyKey,
    })
    .returning();
  const move = requestMove(created!);
  const entry = await postEntry(tx, {
    sourceType: 'withdrawal',
    sourceKey: `${created!.id}:requested`,
    kind: move.entryKind,
    userId: candidate.user_id,
    createdBy: null,
    memo: { withdrawalId: created!.id, reason: 'dormant balance' },
    lines: move.lines,
  });
  await tx.insert(withdrawalEvents).values({
    withdrawalId: created!.id,
    fromStatus: null,
    toStatus: 'requested',
    reason:
      target.kind === 'charity'
        ? 'Dormant balance: donation you chose in advance'
        : 'Dormant balance: paid to your saved method',
    actorUserId: null,
    entryId: entry.entryId,
  });
  await writeAudit(tx, {
    actorUserId: null,
    action: 'withdrawal.requested',
    targetUserId: candidate.user_id,
    details: {
      withdrawalId: created!.id,
      amountMinor,
      currency: candidate.currency,
      method: target.kind,
      dormant: true,
    },
  });
  return created!.id;
}
