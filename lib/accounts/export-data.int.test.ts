import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, makeUser, rejection, testConfig } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
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

  it('does not export an unknown account', async () => {
    expect((await rejection(exportData(t.db, '00000000-0000-0000-0000-000000000000'))).code).toBe(
      'not_found',
    );
  });
});
