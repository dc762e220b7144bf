import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, payoutMethods } from '@/db/schema';
import { mailTo, makeUser, rejection } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import {
  withdrawalTestConfig as config,
  insertCharity,
  insertGiftCardStock,
  lastLinkToken,
} from '@/tests/helpers/withdrawal-fixtures';
import { archivePayoutMethod } from './archive-payout-method';
import { memberPayoutMethods } from './member-payout-methods';
import { openPaypalDetails, openSepaDetails } from './payout-secrets';
import { savePayoutMethod } from './save-payout-method';
import { verifyPayoutMethod } from './verify-payout-method';

// Payout methods on a real database: validated, encrypted, masked, one live
// per kind, verified once by the e-mailed link of the member who saved it.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

const countMethods = async (userId: string) =>
  (await t.db.select().from(payoutMethods).where(eq(payoutMethods.userId, userId))).length;

describe('saving a payout method', () => {
  it('keeps PayPal details encrypted, shows them masked and e-mails a verification link', async () => {
    const user = await makeUser(t.db);
    const { methodId } = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'paypal', email: ' Jeanne.Martin@Example.com ' } },
      config,
    );
    const [row] = await t.db.select().from(payoutMethods).where(eq(payoutMethods.id, methodId));
    expect(row!.maskedDetail).toBe('j•••@example.com');
    expect(row!.detailsEncrypted).not.toContain('jeanne');
    expect(openPaypalDetails(row!.detailsEncrypted!, config.detailsKey!)).toEqual({
      email: 'jeanne.martin@example.com',
    });
    expect(row!.verifiedAt).toBeNull();
    const [mail] = await mailTo(t.db, user.email);
    expect(mail!.template).toBe('payout-method-verify');
    expect(mail!.textBody).toContain('https://ristourne.test/account/withdrawals/verify-method?token=');
    expect(mail!.textBody).not.toContain('jeanne.martin');
  });

  it('stores an IBAN in electronic format and the BIC only when given', async () => {
    const user = await makeUser(t.db);
    const { methodId } = await savePayoutMethod(
      t.db,
      {
        userId: user.id,
        method: {
          kind: 'sepa',
          holderName: 'Élodie Durand',
          iban: 'fr76 3000 6000 0112 3456 7890 189',
          bic: '',
        },
      },
      config,
    );
    const [row] = await t.db.select().from(payoutMethods).where(eq(payoutMethods.id, methodId));
    expect(row!.maskedDetail).toBe('FR76 •••• •••• 0189');
    expect(openSepaDetails(row!.detailsEncrypted!, config.detailsKey!)).toEqual({
      holderName: 'Élodie Durand',
      iban: 'FR7630006000011234567890189',
      bic: null,
    });
  });

  it.each([
    ['an IBAN typo', { iban: 'FR7630006000011234567890188' }, 'iban', 'payouts.method.iban.checksum'],
    [
      'an IBAN one character short',
      { iban: 'FR763000600001123456789018' },
      'iban',
      'payouts.method.iban.length',
    ],
    ['a non-SEPA IBAN', { iban: 'BR1800360305000010009795493C1' }, 'iban', 'payouts.method.iban.notSepa'],
    ['an invalid BIC', { bic: 'BNP' }, 'bic', 'payouts.method.bic.invalid'],
    ['a Swiss IBAN without BIC', { iban: 'CH9300762011623852957' }, 'bic', 'payouts.method.bic.required'],
    ['no holder', { holderName: ' ' }, 'holderName', 'payouts.method.holderName.required'],
  ])('refuses %s with a field message and writes nothing', async (_label, change, field, message) => {
    const user = await makeUser(t.db);
    const method = {
      kind: 'sepa' as const,
      holderName: 'Élodie Durand',
      iban: 'FR7630006000011234567890189',
      bic: null,
      ...change,
    };
    const error = await rejection(savePayoutMethod(t.db, { userId: user.id, method }, config));
    expect(error.code).toBe('unprocessable');
    expect(error.fields?.[field]).toEqual([message]);
    expect(await countMethods(user.id)).toBe(0);
    expect(await mailTo(t.db, user.email)).toHaveLength(0);
  });

  it('refuses a bad PayPal address, an inactive charity and an unknown brand', async () => {
    const user = await makeUser(t.db);
    const inactive = await insertCharity(t.db, { active: false });
    const cases = [
      [{ kind: 'paypal', email: 'not-an-address' }, 'email', 'auth.email.invalid'],
      [
        { kind: 'charity', charityId: String(inactive.id) },
        'charityId',
        'withdrawals.methods.errors.charity',
      ],
      [{ kind: 'charity', charityId: '1 or 1=1' }, 'charityId', 'withdrawals.methods.errors.charity'],
      [
        { kind: 'gift_card', giftCardBrandId: '999999' },
        'giftCardBrandId',
        'withdrawals.methods.errors.giftCardBrand',
      ],
    ] as const;
    for (const [method, field, message] of cases) {
      const error = await rejection(savePayoutMethod(t.db, { userId: user.id, method }, config));
      expect(error.fields?.[field], JSON.stringify(method)).toEqual([message]);
    }
    expect(await countMethods(user.id)).toBe(0);
  });

  it('needs a verified e-mail address, and the key to encrypt details', async () => {
    const unverified = await makeUser(t.db, { verified: false });
    const method = { kind: 'paypal', email: 'a@example.com' } as const;
    expect(await rejection(savePayoutMethod(t.db, { userId: unverified.id, method }, config))).toMatchObject({
      code: 'forbidden',
      message: 'withdrawals.errors.emailUnverified',
    });
    const user = await makeUser(t.db);
    expect(
      await rejection(savePayoutMethod(t.db, { userId: user.id, method }, { ...config, detailsKey: null })),
    ).toMatchObject({ code: 'unavailable', message: 'withdrawals.methods.errors.noKey' });
    expect(await countMethods(user.id)).toBe(0);
  });

  it('keeps one live method per kind: a new one archives the previous', async () => {
    const user = await makeUser(t.db);
    const charity = await insertCharity(t.db);
    const brand = await insertGiftCardStock(t.db, [1_000, 2_500], config.detailsKey!);
    const first = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'paypal', email: 'a@example.com' } },
      config,
    );
    await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'charity', charityId: String(charity.id) } },
      config,
    );
    await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'gift_card', giftCardBrandId: String(brand.id) } },
      config,
    );
    const second = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'paypal', email: 'b@example.com' } },
      config,
    );
    const live = await memberPayoutMethods(t.db, user.id, 72);
    expect(live.map((m) => [m.kind, m.label, m.verified, m.recentlyChanged])).toEqual([
      ['charity', charity.name, false, true],
      ['gift_card', brand.name, false, true],
      ['paypal', 'b•••@example.com', false, true],
    ]);
    expect(live.find((m) => m.kind === 'paypal')!.id).toBe(second.methodId);
    // The archived method's link no longer works.
    const [archived] = await t.db.select().from(payoutMethods).where(eq(payoutMethods.id, first.methodId));
    expect(archived!.archivedAt).not.toBeNull();
    expect(archived!.verificationTokenHash).toBeNull();
  });

  it('limits how many methods (and links) a member can make in an hour', async () => {
    const user = await makeUser(t.db);
    for (let i = 0; i < 5; i++) {
      await savePayoutMethod(
        t.db,
        { userId: user.id, method: { kind: 'paypal', email: `p${i}@example.com` } },
        config,
      );
    }
    const error = await rejection(
      savePayoutMethod(
        t.db,
        { userId: user.id, method: { kind: 'paypal', email: 'p6@example.com' } },
        config,
      ),
    );
    expect(error).toMatchObject({ code: 'rate_limited', retryAfterS: 3600 });
    expect(await countMethods(user.id)).toBe(5);
  });
});

describe('verifying a payout method by its e-mailed link', () => {
  it('verifies once, for the member who saved it, and audits it', async () => {
    const user = await makeUser(t.db);
    const other = await makeUser(t.db);
    const { methodId } = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'paypal', email: 'a@example.com' } },
      config,
    );
    const token = await lastLinkToken(t.db, user.email);
    expect(await rejection(verifyPayoutMethod(t.db, { userId: other.id, token }))).toMatchObject({
      code: 'not_found',
      message: 'withdrawals.links.invalid',
    });
    const verified = await verifyPayoutMethod(t.db, { userId: user.id, token });
    expect(verified.id).toBe(methodId);
    expect(verified.verifiedAt).not.toBeNull();
    expect(await rejection(verifyPayoutMethod(t.db, { userId: user.id, token }))).toMatchObject({
      message: 'withdrawals.links.invalid',
    });
    const actions = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.targetUserId, user.id));
    expect(actions.map((a) => a.action).sort()).toEqual(['payout_method.added', 'payout_method.verified']);
  });

  it('refuses an expired link and a malformed one', async () => {
    const user = await makeUser(t.db);
    const { methodId } = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'paypal', email: 'a@example.com' } },
      config,
    );
    const token = await lastLinkToken(t.db, user.email);
    await t.db.execute(
      sql`update payout_methods set created_at = now() - interval '3 days', verification_expires_at = now() - interval '1 minute' where id = ${methodId}`,
    );
    expect(await rejection(verifyPayoutMethod(t.db, { userId: user.id, token }))).toMatchObject({
      code: 'unprocessable',
      message: 'withdrawals.links.expired',
    });
    expect(await rejection(verifyPayoutMethod(t.db, { userId: user.id, token: 'short' }))).toMatchObject({
      message: 'withdrawals.links.invalid',
    });
    expect((await memberPayoutMethods(t.db, user.id, 72))[0]).toMatchObject({
      verified: false,
      linkExpired: true,
    });
  });

  it('archives a method only for its owner', async () => {
    const user = await makeUser(t.db);
    const other = await makeUser(t.db);
    const { methodId } = await savePayoutMethod(
      t.db,
      { userId: user.id, method: { kind: 'paypal', email: 'a@example.com' } },
      config,
    );
    expect(await rejection(archivePayoutMethod(t.db, { userId: other.id, methodId }))).toMatchObject({
      code: 'not_found',
    });
    await archivePayoutMethod(t.db, { userId: user.id, methodId });
    expect(await memberPayoutMethods(t.db, user.id, 72)).toEqual([]);
    expect(await rejection(archivePayoutMethod(t.db, { userId: user.id, methodId }))).toMatchObject({
      code: 'not_found',
    });
  });
});
