import { randomBytes, randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, giftCardBrands, giftCards, payoutMethods, withdrawals } from '@/db/schema';
import { giftCardOptions } from '@/lib/withdrawals/payout-options';
import { openGiftCardCode, payoutFingerprint } from '@/lib/withdrawals/payout-secrets';
import { makeUser, rejection } from '@/tests/helpers/accounts';
import { createTestDb, type TestDb } from '@/tests/helpers/test-db';
import { parseGiftCardBrandForm } from './gift-card-brand-form';
import { createGiftCardBrand, setGiftCardBrandActive } from './gift-card-brands';
import { giftCardStock } from './gift-card-stock';
import { uploadGiftCardStock } from './upload-gift-card-stock';

// Gift card stock uploads on a real database: codes sealed and fingerprinted,
// all or nothing, a re-upload adds nothing, and two uploads of the same file
// at the same instant hand each code in once. The audit entry never holds a code.

const key = randomBytes(32);
const TODAY = '2026-11-30';

let t: TestDb;
let ops: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  ops = await makeUser(t.db, { role: 'ops' });
});
afterAll(async () => {
  await t.close();
});

async function addBrand(currency = 'EUR') {
  const name = `Enseigne ${randomUUID().slice(0, 8)}`;
  return createGiftCardBrand(t.db, { ...parseGiftCardBrandForm({ name, slug: '', currency }), actor: ops });
}

/** A stock file of `count` fresh codes, alternating 10 € and 20 €. */
function stockFile(count: number, prefix = randomUUID().slice(0, 8).toUpperCase()) {
  const codes = Array.from({ length: count }, (_, i) => `GC-${prefix}-${String(i).padStart(5, '0')}`);
  const lines = codes.map(
    (code, i) => `${code};${i % 2 === 0 ? '10,00' : '20.00'};${i === 0 ? '2099-06-30' : ''}`,
  );
  return { codes, content: `code;value;expires_on\r\n${lines.join('\r\n')}\r\n` };
}

const upload = (brandId: number, content: string) =>
  uploadGiftCardStock(t.db, { brandId, content, key, today: TODAY, actor: ops, ip: '198.51.100.7' });

const cardsOf = (brandId: number) =>
  t.db.select().from(giftCards).where(eq(giftCards.brandId, brandId)).orderBy(asc(giftCards.id));

const uploadsOf = async (brandId: number) =>
  (await t.db.select().from(auditLog).where(eq(auditLog.action, 'gift_card.stock_uploaded'))).filter(
    (entry) => entry.details.brandId === brandId,
  );

describe('uploading gift card stock', () => {
  it('inserts the codes sealed and fingerprinted, with their values, expiry and uploader', async () => {
    const brand = await addBrand();
    const { codes, content } = stockFile(5);
    const result = await upload(brand.id, content);
    expect(result).toMatchObject({
      ok: true,
      added: 5,
      skipped: 0,
      addedByValue: [
        { valueMinor: 1_000, count: 3 },
        { valueMinor: 2_000, count: 2 },
      ],
    });
    const rows = await cardsOf(brand.id);
    expect(rows).toHaveLength(5);
    const byCode = new Map(rows.map((row) => [openGiftCardCode(row.codeEncrypted, key), row]));
    expect([...byCode.keys()].sort()).toEqual(codes);
    for (const [code, row] of byCode) {
      expect(row.codeEncrypted).not.toContain(code);
      expect(row.codeFingerprint).toBe(payoutFingerprint('gift_card_code', code, key));
      expect(row).toMatchObject({ currency: 'EUR', uploadedBy: ops.id, withdrawalId: null });
    }
    expect(byCode.get(codes[0]!)).toMatchObject({ valueMinor: 1_000, expiresOn: '2099-06-30' });
    expect(byCode.get(codes[1]!)).toMatchObject({ valueMinor: 2_000, expiresOn: null });

    // Members are offered both values; ops see the stock per value.
    const offered = (await giftCardOptions(t.db)).find((option) => option.id === brand.id);
    expect(offered?.valuesMinor).toEqual([1_000, 2_000]);
    const stock = (await giftCardStock(t.db)).find((b) => b.id === brand.id);
    expect(stock?.values).toEqual([
      { valueMinor: 1_000, inStock: 3, handedOut: 0, expired: 0 },
      { valueMinor: 2_000, inStock: 2, handedOut: 0, expired: 0 },
    ]);

    const [entry] = await uploadsOf(brand.id);
    expect(entry).toMatchObject({
      actorUserId: ops.id,
      ip: '198.51.100.7',
      details: {
        brandId: brand.id,
        slug: brand.slug,
        currency: 'EUR',
        added: 5,
        skipped: 0,
        values: '10.00×3, 20.00×2',
      },
    });
    for (const code of codes) expect(JSON.stringify(entry!.details)).not.toContain(code);
  });

  it('writes nothing when one line is invalid, and names that line', async () => {
    const brand = await addBrand();
    const { content } = stockFile(4);
    const broken = content.replace(/\r\n(GC-[^;]+);20\.00;/, '\r\n$1;vingt;');
    const result = await upload(brand.id, broken);
    expect(result).toEqual({
      ok: false,
      currency: 'EUR',
      errors: [{ line: 3, problem: 'valueInvalid' }],
      errorCount: 1,
    });
    expect(await cardsOf(brand.id)).toHaveLength(0);
    expect(await uploadsOf(brand.id)).toHaveLength(0);
  });

  it('adds nothing when the same file is uploaded again: every code skipped and counted', async () => {
    const brand = await addBrand();
    const { content } = stockFile(6);
    expect(await upload(brand.id, content)).toMatchObject({ ok: true, added: 6, skipped: 0 });
    expect(await upload(brand.id, content)).toMatchObject({
      ok: true,
      added: 0,
      skipped: 6,
      addedByValue: [],
    });
    expect(await cardsOf(brand.id)).toHaveLength(6);
    const entries = await uploadsOf(brand.id);
    expect(entries.map((e) => [e.details.added, e.details.skipped, e.details.values])).toEqual([
      [6, 0, '10.00×3, 20.00×3'],
      [0, 6, null],
    ]);
  });

  it('skips a code already in stock for another brand, adding the rest', async () => {
    const first = await addBrand();
    const second = await addBrand();
    const { codes, content } = stockFile(3);
    await upload(first.id, content);
    const mixed = `code;value\n${codes[0]};10\nFRESH-${randomUUID()};10\n`;
    expect(await upload(second.id, mixed)).toMatchObject({ ok: true, added: 1, skipped: 1 });
    expect(await cardsOf(second.id)).toHaveLength(1);
  });

  it('hands each code in once when two ops upload the same file at the same instant', async () => {
    const brand = await addBrand();
    const { content } = stockFile(1_500);
    const results = await Promise.all([
      upload(brand.id, content),
      upload(brand.id, content),
      upload(brand.id, content),
    ]);
    const added = results.map((r) => (r.ok ? r.added : -1));
    const skipped = results.map((r) => (r.ok ? r.skipped : -1));
    expect(added.reduce((a, b) => a + b, 0)).toBe(1_500);
    expect(skipped.reduce((a, b) => a + b, 0)).toBe(3_000);
    expect(await cardsOf(brand.id)).toHaveLength(1_500);
  });

  it('reads values in the brand’s currency', async () => {
    const brand = await addBrand('GBP');
    expect(await upload(brand.id, `code;value\nUK-${randomUUID()};25,50\n`)).toMatchObject({
      ok: true,
      added: 1,
      brand: { currency: 'GBP' },
    });
    expect(await cardsOf(brand.id)).toMatchObject([{ valueMinor: 2_550, currency: 'GBP' }]);
  });

  it('shows ops the stock split as members meet it: in stock, handed out, expired', async () => {
    const brand = await addBrand();
    await upload(brand.id, stockFile(6).content); // 3 × 10 €, 3 × 20 €
    const [tenA, tenB] = (await cardsOf(brand.id)).filter((card) => card.valueMinor === 1_000);
    await t.db.update(giftCards).set({ expiresOn: sql`current_date - 1` }).where(eq(giftCards.id, tenA!.id));
    const member = await makeUser(t.db);
    const [method] = await t.db
      .insert(payoutMethods)
      .values({ userId: member.id, kind: 'gift_card', giftCardBrandId: brand.id, verifiedAt: new Date() })
      .returning();
    const [withdrawal] = await t.db
      .insert(withdrawals)
      .values({
        userId: member.id,
        payoutMethodId: method!.id,
        method: 'gift_card',
        destinationLabel: 'x',
        amountMinor: 1_000,
        currency: 'EUR',
        status: 'requested',
        idempotencyKey: randomUUID(),
      })
      .returning();
    await t.db
      .update(giftCards)
      .set({ withdrawalId: withdrawal!.id, assignedAt: new Date() })
      .where(eq(giftCards.id, tenB!.id));
    const stock = (await giftCardStock(t.db)).find((b) => b.id === brand.id);
    expect(stock?.values).toEqual([
      { valueMinor: 1_000, inStock: 1, handedOut: 1, expired: 1 },
      { valueMinor: 2_000, inStock: 3, handedOut: 0, expired: 0 },
    ]);
    const empty = await addBrand();
    expect((await giftCardStock(t.db)).find((b) => b.id === empty.id)?.values).toEqual([]);
  });

  it('refuses without an encryption key, before reading or writing anything', async () => {
    const brand = await addBrand();
    const { content } = stockFile(2);
    expect(
      await rejection(
        uploadGiftCardStock(t.db, { brandId: brand.id, content, key: null, today: TODAY, actor: ops }),
      ),
    ).toMatchObject({ code: 'unavailable', message: 'payoutOptions.giftCards.errors.noKey' });
    expect(await cardsOf(brand.id)).toHaveLength(0);
    expect(await uploadsOf(brand.id)).toHaveLength(0);
  });

  it('refuses an unknown brand', async () => {
    expect(await rejection(upload(999_999, stockFile(1).content))).toMatchObject({
      code: 'not_found',
      message: 'payoutOptions.giftCards.errors.brandNotFound',
    });
  });
});

describe('gift card brands', () => {
  it('are added with a derived slug and audited, a slug used once', async () => {
    const name = `Ciné Étoile ${randomUUID().slice(0, 6)}`;
    const brand = await createGiftCardBrand(t.db, {
      ...parseGiftCardBrandForm({ name, slug: '', currency: 'CHF' }),
      actor: ops,
    });
    expect(brand.slug).toMatch(/^cine-etoile-[0-9a-f]{6}$/);
    const [row] = await t.db.select().from(giftCardBrands).where(eq(giftCardBrands.id, brand.id));
    expect(row).toMatchObject({ currency: 'CHF', active: true });
    expect(
      await rejection(
        createGiftCardBrand(t.db, {
          ...parseGiftCardBrandForm({ name, slug: '', currency: 'EUR' }),
          actor: ops,
        }),
      ),
    ).toMatchObject({ code: 'conflict', fields: { slug: ['payoutOptions.giftCards.errors.slugTaken'] } });
  });

  it('refuses a currency outside the list', () => {
    expect(() => parseGiftCardBrandForm({ name: 'X', slug: '', currency: 'JPY' })).toThrow();
  });

  it('when deactivated, leave the members’ list and keep their stock; reactivated, come back', async () => {
    const brand = await addBrand();
    await upload(brand.id, stockFile(2).content);
    expect(await setGiftCardBrandActive(t.db, { brandId: brand.id, active: false, actor: ops })).toBe(
      'changed',
    );
    expect((await giftCardOptions(t.db)).map((o) => o.id)).not.toContain(brand.id);
    expect(await cardsOf(brand.id)).toHaveLength(2);
    expect(await setGiftCardBrandActive(t.db, { brandId: brand.id, active: false, actor: ops })).toBe(
      'unchanged',
    );
    expect(await setGiftCardBrandActive(t.db, { brandId: brand.id, active: true, actor: ops })).toBe(
      'changed',
    );
    expect((await giftCardOptions(t.db)).map((o) => o.id)).toContain(brand.id);
    const actions = (await t.db.select().from(auditLog).orderBy(asc(auditLog.id)))
      .filter((e) => e.details.brandId === brand.id)
      .map((e) => e.action);
    expect(actions).toEqual([
      'gift_card_brand.created',
      'gift_card.stock_uploaded',
      'gift_card_brand.deactivated',
      'gift_card_brand.reactivated',
    ]);
  });
});
