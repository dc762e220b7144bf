import { and, asc, eq, gte, inArray, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  auditLog,
  authTokens,
  type ClickTermsSnapshot,
  clicks,
  emailOutbox,
  loginAttempts,
  merchants,
  type NotificationPrefs,
  userSessions,
} from '@/db/schema';
import { requireUser } from './account-user';

// "Export my data" (GDPR art. 15 and 20): everything held about one member, as
// JSON. Nothing of anyone else: audit entries about the member done by staff
// name no staff member and show no staff IP, and e-mails are those sent to the
// member's own addresses since the account exists. Left out on purpose:
// secrets (password and token hashes) and keyed IP hashes, which mean nothing
// without the server's key. Clicks come whole with the terms they captured
// (the member's evidence for claims), oldest first like everything else.

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export type AccountExport = Awaited<ReturnType<typeof exportData>>;

export async function exportData(db: DbOrTx, userId: string) {
  const user = await requireUser(db, userId);
  const [sessions, tokens, attempts, audit, clickRows] = await Promise.all([
    db
      .select()
      .from(userSessions)
      .where(eq(userSessions.userId, user.id))
      .orderBy(asc(userSessions.createdAt)),
    db.select().from(authTokens).where(eq(authTokens.userId, user.id)).orderBy(asc(authTokens.createdAt)),
    db
      .select({ createdAt: loginAttempts.createdAt, outcome: loginAttempts.outcome })
      .from(loginAttempts)
      .where(or(eq(loginAttempts.userId, user.id), eq(loginAttempts.email, user.email)))
      .orderBy(asc(loginAttempts.createdAt)),
    db.select().from(auditLog).where(eq(auditLog.targetUserId, user.id)).orderBy(asc(auditLog.id)),
    db
      .select({
        id: clicks.id,
        createdAt: clicks.createdAt,
        merchantSlug: merchants.slug,
        merchantName: merchants.name,
        offerId: clicks.offerId,
        deepLink: clicks.deepLink,
        deviceType: clicks.deviceType,
        userAgent: clicks.userAgent,
        referrerPath: clicks.referrerPath,
        termsSnapshot: clicks.termsSnapshot,
      })
      .from(clicks)
      .innerJoin(merchants, eq(merchants.id, clicks.merchantId))
      .where(eq(clicks.userId, user.id))
      .orderBy(asc(clicks.createdAt), asc(clicks.id)),
  ]);
  const addresses = [...new Set([user.email, ...tokens.map((token) => token.email)])];
  const emails = await db
    .select()
    .from(emailOutbox)
    .where(and(inArray(emailOutbox.toAddress, addresses), gte(emailOutbox.createdAt, user.createdAt)))
    .orderBy(asc(emailOutbox.id));

  return {
    exportedAt: new Date().toISOString(),
    profile: {
      id: user.id,
      email: user.email,
      emailVerifiedAt: iso(user.emailVerifiedAt),
      name: user.name,
      locale: user.locale,
      role: user.role,
      referralCodeInput: user.referralCodeInput,
      createdAt: iso(user.createdAt),
      updatedAt: iso(user.updatedAt),
    },
    consents: { termsAcceptedAt: iso(user.termsAcceptedAt), privacyAcceptedAt: iso(user.privacyAcceptedAt) },
    notificationPrefs: user.notificationPrefs satisfies NotificationPrefs,
    sessions: sessions.map((s) => ({
      id: s.id,
      createdAt: iso(s.createdAt),
      lastSeenAt: iso(s.lastSeenAt),
      expiresAt: iso(s.expiresAt),
      rememberMe: s.rememberMe,
      userAgent: s.userAgent,
      revokedAt: iso(s.revokedAt),
    })),
    clicks: clickRows.map((c) => ({
      id: c.id,
      at: iso(c.createdAt),
      merchant: { slug: c.merchantSlug, name: c.merchantName },
      offerId: c.offerId,
      offerTitle: offerTitle(c.termsSnapshot, c.offerId),
      deepLink: c.deepLink,
      deviceType: c.deviceType,
      userAgent: c.userAgent,
      fromPage: c.referrerPath,
      terms: c.termsSnapshot,
    })),
    signInAttempts: attempts.map((a) => ({ at: iso(a.createdAt), outcome: a.outcome })),
    emailLinks: tokens.map((t) => ({
      purpose: t.purpose,
      sentTo: t.email,
      createdAt: iso(t.createdAt),
      expiresAt: iso(t.expiresAt),
      usedAt: iso(t.usedAt),
    })),
    auditLog: audit.map((entry) => {
      const self = entry.actorUserId === user.id;
      return {
        action: entry.action,
        by: self ? 'you' : entry.actorUserId ? 'staff' : 'system',
        details: entry.details,
        ip: self ? entry.ip : null,
        at: iso(entry.createdAt),
      };
    }),
    emails: emails.map((e) => ({
      template: e.template,
      locale: e.locale,
      to: e.toAddress,
      subject: e.subject,
      text: e.textBody,
      status: e.status,
      createdAt: iso(e.createdAt),
      sentAt: iso(e.sentAt),
    })),
  };
}

/** The title of the offer the member chose, as it read at the click. */
function offerTitle(snapshot: ClickTermsSnapshot, offerId: number | null) {
  const offer = offerId === null ? undefined : snapshot.offers.find((o) => o.id === offerId);
  return offer ? { fr: offer.titleFr, en: offer.titleEn } : null;
}
