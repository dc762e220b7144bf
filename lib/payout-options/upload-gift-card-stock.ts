import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { giftCardBrands, giftCards } from '@/db/schema';
import { writeAudit } from '@/lib/accounts/audit';
import { AppError } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n/types';
import { currencyExponent, toDecimalString } from '@/lib/money';
import { payoutFingerprint, sealGiftCardCode } from '@/lib/withdrawals/payout-secrets';
import { parseGiftCardStockFile, type StockFileError } from './gift-card-stock-file';
import type { StaffAction } from './staff-action';

// Applies a stock file to a brand. All or nothing: a file with any invalid
// line writes nothing and says which lines. Codes are sealed (AES-256-GCM)
// and fingerprinted (keyed HMAC) before they reach the database; a code whose
// fingerprint is already in stock, from an earlier upload or for another
// brand, is skipped and counted, so uploading the same file twice adds
// nothing the second time. The unique index on the fingerprint decides, not
// a prior read: two uploads of the same file at the same instant hand each
// code in once. Rows go in fingerprint order, so two overlapping uploads wait
// for each other rather than deadlock. The audit entry has counts and
// values, never a code.

const err = (name: string) => `payoutOptions.giftCards.errors.${name}` as MessageKey;

/** Rows per INSERT statement (7 parameters each, well under PostgreSQL's 65,535). */
const INSERT_CHUNK_ROWS = 1_000;

export type StockUploadInput = StaffAction & {
  brandId: number;
  content: string;
  /** The payout details key (lib/withdrawals/payout-secrets.ts); null: nothing can be sealed, nothing is written. */
  key: Buffer | null;
  /** ISO date: cards expiring before it are refused. */
  today: string;
};

export type StockUploadResult =
  | {
      ok: true;
      brand: { id: number; name: string; currency: string };
      added: number;
      skipped: number;
      /** Cards added per value, ascending. */
      addedByValue: { valueMinor: number; count: number }[];
    }
  | { ok: false; currency: string; errors: StockFileError[]; errorCount: number };

export async function uploadGiftCardStock(db: DbOrTx, input: StockUploadInput): Promise<StockUploadResult> {
  if (!input.key) throw new AppError('unavailable', err('noKey'));
  const key = input.key;
  const [brand] = await db
    .select({
      id: giftCardBrands.id,
      slug: giftCardBrands.slug,
      name: giftCardBrands.name,
      currency: giftCardBrands.currency,
    })
    .from(giftCardBrands)
    .where(eq(giftCardBrands.id, input.brandId));
  if (!brand) throw new AppError('not_found', err('brandNotFound'));
  const currency = brand.currency.trim();

  const parsed = parseGiftCardStockFile(input.content, currency, input.today);
  if (!parsed.ok) return { ...parsed, currency };

  const rows = parsed.cards
    .map((card) => ({
      brandId: brand.id,
      valueMinor: card.valueMinor,
      currency,
      codeEncrypted: sealGiftCardCode(card.code, key),
      codeFingerprint: payoutFingerprint('gift_card_code', card.code, key),
      expiresOn: card.expiresOn,
      uploadedBy: input.actor.id,
    }))
    .sort((a, b) =>
      a.codeFingerprint < b.codeFingerprint ? -1 : a.codeFingerprint > b.codeFingerprint ? 1 : 0,
    );

  return db.transaction(async (tx) => {
    const addedByValue = new Map<number, number>();
    let added = 0;
    for (let at = 0; at < rows.length; at += INSERT_CHUNK_ROWS) {
      const inserted = await tx
        .insert(giftCards)
        .values(rows.slice(at, at + INSERT_CHUNK_ROWS))
        .onConflictDoNothing({ target: giftCards.codeFingerprint })
        .returning({ valueMinor: giftCards.valueMinor });
      added += inserted.length;
      for (const { valueMinor } of inserted)
        addedByValue.set(valueMinor, (addedByValue.get(valueMinor) ?? 0) + 1);
    }
    const byValue = [...addedByValue.entries()]
      .sort(([a], [b]) => a - b)
      .map(([valueMinor, count]) => ({ valueMinor, count }));
    const skipped = rows.length - added;
    const exponent = currencyExponent(currency);
    await writeAudit(tx, {
      actorUserId: input.actor.id,
      action: 'gift_card.stock_uploaded',
      details: {
        brandId: brand.id,
        slug: brand.slug,
        currency,
        added,
        skipped,
        // "10.00×3, 20.00×2": what was added, by face value.
        values:
          byValue.map((v) => `${toDecimalString(v.valueMinor, exponent)}×${v.count}`).join(', ') || null,
      },
      ip: input.ip,
    });
    return {
      ok: true as const,
      brand: { id: brand.id, name: brand.name, currency },
      added,
      skipped,
      addedByValue: byValue,
    };
  });
}
