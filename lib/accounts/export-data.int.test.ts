import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickOut } from '@/lib/tracking/click-out';
import { createClickTargetCache } from '@/lib/tracking/click-target-cache';
import { GOOD_PASSWORD, makeUser, rejection, testConfig } from '@/tests/helpers/accounts';
import { insertMerchant } from '@/tests/helpers/catalog-fixtures';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { APP_URL, insertProgram, signedInCookies } from '@/tests/helpers/tracking-fixtures';
import { authenticate } from './authenticate';
import { exportData } from './export-data';
import { requestPasswordReset } from './password-reset';
import { grantRole } from './roles';
import { createSession } from './sessions';
import { signUp } from './sign-up';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('exportData', () => {
  it('holds everything about the member and nothing about anyone else', async () => {
    const signUpInput = {
      password: GOOD_PASSWORD,
      passwordConfirmation: GOOD_PASSWORD,
      locale: 'fr',
      acceptTerms: true,
      acceptPrivacy: true,
    };
    const mine = await signUp(
      t.db,
      { ...signUpInput, email: 'mine@example.com', name: 'Mina Export', referralCode: 'FRIEND1' },
      testConfig,
    );
    await signUp(t.db, { ...signUpInput, email: 'theirs@example.com', name: 'Theo Other' }, testConfig);
    if (mine.outcome !== 'created') throw new Error('sign-up failed');
    const admin = await makeUser(t.db, { role: 'admin', email: 'boss@example.com', name: 'Boss Person' });
    const theirs = await makeUser(t.db, { email: 'third@example.com', name: 'Third Party' });

    await createSession(
      t.db,
      { userId: mine.userId, rememberMe: true, userAgent: 'Firefox 140', ip: '192.0.2.1' },
      testConfig,
    );
    await createSession(
      t.db,
      { userId: theirs.id, rememberMe: true, userAgent: 'Other Browser' },
      testConfig,
    );
    await requestPasswordReset(t.db, { email: 'mine@example.com' }, testConfig);
    await requestPasswordReset(t.db, { email: 'theirs@example.com' }, testConfig);
    await rejection(
      authenticate(t.db, { email: 'mine@example.com', password: 'wrong-password-1', ip: null }, testConfig),
    );
    await rejection(
      authenticate(t.db, { email: 'theirs@example.com', password: 'wrong-password-1', ip: null }, testConfig),
    );
    await grantRole(t.db, {
      actor: { id: admin.id },
      targetUserId: mine.userId,
      role: 'ops',
      ip: '198.51.100.99',
    });
    await grantRole(t.db, {
      actor: { id: admin.id },
      targetUserId: theirs.id,
      role: 'ops',
      ip: '198.51.100.99',
    });

    const data = await exportData(t.db, mine.userId);
    expect(data.profile).toMatchObject({
      id: mine.userId,
      email: 'mine@example.com',
      name: 'Mina Export',
      role: 'ops',
      referralCodeInput: 'FRIEND1',
    });
    expect(data.consents.termsAcceptedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(data.notificationPrefs).toEqual({ cashbackUpdates: true, newsletter: false, withdrawals: true });
    expect(data.sessions).toEqual([expect.objectContaining({ userAgent: 'Firefox 140', rememberMe: true })]);
    expect(data.emailLinks.map((l) => l.purpose)).toEqual(['verify_email', 'password_reset']);
    expect(data.signInAttempts).toEqual([expect.objectContaining({ outcome: 'failure' })]);
    expect(data.auditLog.map((e) => [e.action, e.by, e.ip])).toEqual([
      ['account.created', 'you', null],
      ['role.granted', 'staff', null],
    ]);
    expect(data.emails.map((e) => e.template)).toEqual(['verify-email', 'password-reset']);

    const text = JSON.stringify(data);
    expect(JSON.parse(text)).toEqual(data); // JSON-able as is
    for (const foreign of [
      'theirs@example.com',
      'Theo Other',
      'third@example.com',
      'Other Browser',
      theirs.id,
      admin.id,
      'Boss',
      '198.51.100.99',
    ]) {
      expect(text).not.toContain(foreign);
    }
    for (const secret of ['argon2', 'token_hash', 'tokenHash', 'passwordHash', 'ipHash']) {
      expect(text).not.toContain(secret);
    }
  });

  it('holds the member’s clicks with the terms they captured, without the IP hash or anyone else’s', async () => {
    const { merchant, offer } = await insertMerchant(t.db, {
      slug: 'export-shop',
      name: 'Export Shop',
      rates: [{ rateBps: 650 }],
    });
    await insertProgram(t.db, merchant.id, { advertiserId: 'sbx-export-shop' });
    const target = createClickTargetCache({ ttlMs: 0 });
    const click = async (userId: string, ip: string, query: { offer?: string; url?: string } = {}) => {
      const { cookies } = await signedInCookies(t.db, userId);
      const response = await clickOut(
        t.db,
        {
          method: 'GET',
          slug: 'export-shop',
          offer: query.offer ?? null,
          url: query.url ?? null,
          headers: new Headers({
            'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
            'sec-fetch-dest': 'document',
            referer: `${APP_URL}/stores/export-shop`,
          }),
          cookies,
          ip,
        },
        { target, config: { secret: testConfig.secret, appUrl: APP_URL } },
      );
      return response.click!.clickId;
    };
    const member = await makeUser(t.db, { email: 'clicker@example.com' });
    const stranger = await makeUser(t.db, { email: 'stranger@example.com' });
    const first = await click(member.id, '192.0.2.10');
    const second = await click(member.id, '192.0.2.10', {
      offer: String(offer.id),
      url: 'https://www.export-shop.example/produit?id=7',
    });
    const theirs = await click(stranger.id, '192.0.2.77');

    const data = await exportData(t.db, member.id);
    expect(data.clicks.map((c) => c.id)).toEqual([first, second]);
    expect(data.clicks[1]).toMatchObject({
      id: second,
      merchant: { slug: 'export-shop', name: 'Export Shop' },
      offerId: offer.id,
      offerTitle: { fr: 'Cashback', en: 'Cashback' },
      deepLink: 'https://www.export-shop.example/produit?id=7',
      deviceType: 'desktop',
      fromPage: '/stores/export-shop',
      terms: { selectedOfferId: offer.id, merchant: { slug: 'export-shop' } },
    });
    expect(data.clicks[1]!.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(data.clicks[0]).toMatchObject({ offerId: null, offerTitle: null, deepLink: null });
    expect(data.clicks[0]!.terms.offers[0]!.rates[0]).toMatchObject({ kind: 'percent', rateBps: 650 });

    const text = JSON.stringify(data);
    expect(JSON.parse(text)).toEqual(data);
    expect(text).not.toContain(theirs);
    expect(text).not.toContain('ipHash');
    expect(text).not.toContain('192.0.2.10');
    const [{ ip_hash: hash }] = (await t.pool.query('select ip_hash from clicks where id = $1', [first]))
      .rows;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(text).not.toContain(hash);
  });

  it('does not export an unknown account', async () => {
    expect((await rejection(exportData(t.db, '00000000-0000-0000-0000-000000000000'))).code).toBe(
      'not_found',
    );
  });
});
