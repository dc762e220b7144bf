import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, charities, payoutBatches, payoutMethods, withdrawals } from '@/db/schema';
import { charityOptions } from '@/lib/withdrawals/payout-options';
import { makeUser, rejection } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { charityAdminList } from './charity-admin-list';
import { parseCharityForm } from './charity-form';
import { makeDefaultCharity, setCharityActive } from './charity-status';
import { createCharity } from './create-charity';

// Charities as ops manage them, on a real database: added with an audit
// entry, a slug used once, one default at a time switched in one
// transaction (even by two ops at once), the default never deactivated,
// donations counted from paid withdrawals.

let t: TestDb;
let ops: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  ops = await makeUser(t.db, { role: 'ops' });
});
afterAll(async () => {
  await t.close();
});

let counter = 0;
async function addCharity(name = `Association ${++counter} ${randomUUID().slice(0, 8)}`) {
  const input = parseCharityForm({
    name,
    slug: '',
    descriptionFr: 'Une description.',
    descriptionEn: 'A description.',
    websiteUrl: 'https://example.org',
  });
  return createCharity(t.db, { ...input, actor: ops, ip: '203.0.113.9' });
}

const defaults = () =>
  t.db
    .select({ id: charities.id })
    .from(charities)
    .where(eq(charities.isDefault, true))
    .orderBy(asc(charities.id));

const auditOf = (action: string) =>
  t.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(asc(auditLog.id));

describe('adding a charity', () => {
  it('derives the slug, stores it active and not default, offers it to members, and audits it', async () => {
    const { id, slug } = await addCharity('Les Restos du Cœur de l’Île');
    expect(slug).toBe('les-restos-du-coeur-de-l-ile');
    const [row] = await t.db.select().from(charities).where(eq(charities.id, id));
    expect(row).toMatchObject({ active: true, isDefault: false, websiteUrl: 'https://example.org' });
    expect((await charityOptions(t.db)).map((c) => c.id)).toContain(id);
    const [entry] = (await auditOf('charity.created')).filter((e) => e.details.charityId === id);
    expect(entry).toMatchObject({ actorUserId: ops.id, ip: '203.0.113.9', details: { charityId: id, slug } });
  });

  it('refuses a slug already taken, on the slug field, and writes nothing', async () => {
    const name = `Doublon ${randomUUID().slice(0, 8)}`;
    await addCharity(name);
    const before = (await auditOf('charity.created')).length;
    expect(await rejection(addCharity(name))).toMatchObject({
      code: 'conflict',
      fields: { slug: ['payoutOptions.charities.errors.slugTaken'] },
    });
    expect(await auditOf('charity.created')).toHaveLength(before);
  });

  it.each([
    ['an http:// website', { websiteUrl: 'http://example.org' }, 'websiteUrl', 'websiteInvalid'],
    ['a website without a host', { websiteUrl: 'https://localhost' }, 'websiteUrl', 'websiteInvalid'],
    ['a javascript: website', { websiteUrl: 'javascript:alert(1)' }, 'websiteUrl', 'websiteInvalid'],
    ['no name', { name: '  ' }, 'name', 'nameRequired'],
    ['an upper-case slug', { slug: 'Restos' }, 'slug', 'slugInvalid'],
    ['a name with nothing to derive a slug from', { name: '★★★' }, 'slug', 'slugInvalid'],
    ['no French description', { descriptionFr: ' ' }, 'descriptionFr', 'descriptionRequired'],
  ])('refuses %s', (_label, change, field, message) => {
    const raw = {
      name: 'Nom',
      slug: '',
      descriptionFr: 'Fr',
      descriptionEn: 'En',
      websiteUrl: '',
      ...change,
    };
    let fields: Record<string, string[]> | undefined;
    try {
      parseCharityForm(raw);
    } catch (error) {
      fields = (error as { fields?: Record<string, string[]> }).fields;
    }
    expect(fields?.[field]).toEqual([`payoutOptions.charities.errors.${message}`]);
  });
});

describe('the default charity', () => {
  it('switches in one step: the old default is unset, the new one set, and the log says which', async () => {
    const first = await addCharity();
    const second = await addCharity();
    expect(await makeDefaultCharity(t.db, { charityId: first.id, actor: ops })).toBe('changed');
    expect(await defaults()).toEqual([{ id: first.id }]);
    expect(await makeDefaultCharity(t.db, { charityId: second.id, actor: ops })).toBe('changed');
    expect(await defaults()).toEqual([{ id: second.id }]);
    const [last] = (await auditOf('charity.made_default')).slice(-1);
    expect(last!.details).toEqual({ charityId: second.id, slug: second.slug, previousDefaultId: first.id });
    expect(await makeDefaultCharity(t.db, { charityId: second.id, actor: ops })).toBe('unchanged');
  });

  it('ends with exactly one default when ops choose two different ones at the same instant', async () => {
    const candidates = await Promise.all([addCharity(), addCharity(), addCharity(), addCharity()]);
    const results = await Promise.all(
      candidates.map((c) => makeDefaultCharity(t.db, { charityId: c.id, actor: ops })),
    );
    expect(results).toEqual(['changed', 'changed', 'changed', 'changed']);
    const after = await defaults();
    expect(after).toHaveLength(1);
    expect(candidates.map((c) => c.id)).toContain(after[0]!.id);
  });

  it('cannot be deactivated: a clear refusal, and it stays active and default', async () => {
    const charity = await addCharity();
    await makeDefaultCharity(t.db, { charityId: charity.id, actor: ops });
    const before = (await auditOf('charity.deactivated')).length;
    expect(
      await rejection(setCharityActive(t.db, { charityId: charity.id, active: false, actor: ops })),
    ).toMatchObject({
      code: 'conflict',
      message: 'payoutOptions.charities.errors.defaultCannotDeactivate',
    });
    const [row] = await t.db.select().from(charities).where(eq(charities.id, charity.id));
    expect(row).toMatchObject({ active: true, isDefault: true });
    expect(await auditOf('charity.deactivated')).toHaveLength(before);
  });

  it('is never an inactive charity', async () => {
    const charity = await addCharity();
    await setCharityActive(t.db, { charityId: charity.id, active: false, actor: ops });
    expect(await rejection(makeDefaultCharity(t.db, { charityId: charity.id, actor: ops }))).toMatchObject({
      message: 'payoutOptions.charities.errors.inactiveCannotBeDefault',
    });
    expect((await defaults()).map((d) => d.id)).not.toContain(charity.id);
  });
});

describe('deactivating and reactivating', () => {
  it('takes a charity off the members’ list and back, each change audited once', async () => {
    const charity = await addCharity();
    expect(await setCharityActive(t.db, { charityId: charity.id, active: false, actor: ops })).toBe(
      'changed',
    );
    expect((await charityOptions(t.db)).map((c) => c.id)).not.toContain(charity.id);
    expect(await setCharityActive(t.db, { charityId: charity.id, active: false, actor: ops })).toBe(
      'unchanged',
    );
    expect(await setCharityActive(t.db, { charityId: charity.id, active: true, actor: ops })).toBe('changed');
    expect((await charityOptions(t.db)).map((c) => c.id)).toContain(charity.id);
    const mine = (action: string) =>
      auditOf(action).then((rows) => rows.filter((r) => r.details.charityId === charity.id));
    expect(await mine('charity.deactivated')).toHaveLength(1);
    expect(await mine('charity.reactivated')).toHaveLength(1);
  });

  it('refuses an unknown charity', async () => {
    expect(
      await rejection(setCharityActive(t.db, { charityId: 999_999, active: false, actor: ops })),
    ).toMatchObject({
      code: 'not_found',
    });
  });
});

describe('the list ops see', () => {
  it('counts and sums the paid donations per charity, and nothing else', async () => {
    const charity = await addCharity();
    const member = await makeUser(t.db);
    const [method] = await t.db
      .insert(payoutMethods)
      .values({ userId: member.id, kind: 'charity', charityId: charity.id, verifiedAt: new Date() })
      .returning();
    const [batch] = await t.db
      .insert(payoutBatches)
      .values({
        method: 'charity',
        idempotencyKey: `charity-${randomUUID().replace(/-/g, '').slice(0, 26).toUpperCase()}`,
        currency: 'EUR',
        itemCount: 2,
        totalMinor: 2_000,
      })
      .returning();
    const paid = {
      approvedBy: ops.id,
      approvedAt: new Date(),
      batchId: batch!.id,
      paidAt: new Date(),
      closedAt: new Date(),
    };
    const withdrawal = (amountMinor: number, status: 'paid' | 'requested') => ({
      ...(status === 'paid' ? paid : {}),
      userId: member.id,
      payoutMethodId: method!.id,
      method: 'charity' as const,
      destinationLabel: 'x',
      amountMinor,
      currency: 'EUR',
      status,
      idempotencyKey: randomUUID(),
    });
    await t.db
      .insert(withdrawals)
      .values([withdrawal(1_250, 'paid'), withdrawal(750, 'paid'), withdrawal(9_999, 'requested')]);
    const rows = await charityAdminList(t.db);
    const row = rows.find((r) => r.id === charity.id);
    expect(row).toMatchObject({ active: true, isDefault: false, websiteUrl: 'https://example.org' });
    expect(row!.donations).toEqual([{ currency: 'EUR', count: 2, totalMinor: 2_000 }]);
    const other = rows.find((r) => r.id !== charity.id);
    expect(other!.donations).toEqual([]);
    // The default comes first.
    const [top] = rows;
    expect(top!.isDefault).toBe(true);
  });
});
