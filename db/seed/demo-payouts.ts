import type { DbOrTx } from '@/db/client';
import { charities, giftCardBrands, giftCards } from '@/db/schema';
import { parseEnv } from '@/lib/env';
import { payoutDetailsKey, payoutFingerprint, sealGiftCardCode } from '@/lib/withdrawals/payout-secrets';

// What the demo offers beyond PayPal and bank transfer: three charities ops
// configured (one the default for dormant balances) and a small stock of
// gift card e-codes for two brands. The demo member adds a payout method
// themselves (that is the journey to show). Idempotent: slugs and codes are
// unique, a second run inserts nothing. Names are made up.

export const DEMO_CHARITIES = [
  {
    slug: 'repas-solidaires',
    name: 'Repas solidaires',
    descriptionFr: 'Des repas chauds et des colis pour les familles en difficulté, toute l’année.',
    descriptionEn: 'Hot meals and food parcels for families in need, all year round.',
    isDefault: true,
  },
  {
    slug: 'forets-vivantes',
    name: 'Forêts vivantes',
    descriptionFr: 'Replante des haies et des forêts locales avec les écoles.',
    descriptionEn: 'Replants hedges and local woodland with schools.',
    isDefault: false,
  },
  {
    slug: 'lire-pour-tous',
    name: 'Lire pour tous',
    descriptionFr: 'Des livres et des ateliers de lecture dans les quartiers et les hôpitaux.',
    descriptionEn: 'Books and reading workshops in neighbourhoods and hospitals.',
    isDefault: false,
  },
] as const;

export const DEMO_GIFT_CARDS = [
  { slug: 'librairie-lumiere', name: 'Librairie Lumière', valuesMinor: [1_000, 2_000, 5_000], perValue: 4 },
  { slug: 'cinepass', name: 'CinéPass', valuesMinor: [1_500, 3_000], perValue: 3 },
] as const;

/** Returns how many charities, brands and codes were inserted. */
export async function seedDemoPayouts(
  db: DbOrTx,
  options: { key?: Buffer | null } = {},
): Promise<{ charities: number; brands: number; cards: number }> {
  const insertedCharities = await db
    .insert(charities)
    .values(DEMO_CHARITIES.map((charity) => ({ ...charity })))
    .onConflictDoNothing()
    .returning({ id: charities.id });
  const key = options.key === undefined ? demoKey() : options.key;
  let brands = 0;
  let cards = 0;
  for (const spec of DEMO_GIFT_CARDS) {
    const [brand] = await db
      .insert(giftCardBrands)
      .values({ slug: spec.slug, name: spec.name, currency: 'EUR' })
      .onConflictDoNothing()
      .returning({ id: giftCardBrands.id });
    if (!brand) continue;
    brands += 1;
    // A site that cannot encrypt codes gets the brand listed (out of stock), never a code in clear.
    if (!key) continue;
    const codes = spec.valuesMinor.flatMap((valueMinor) =>
      Array.from({ length: spec.perValue }, (_, i) => ({
        valueMinor,
        code: `DEMO-${spec.slug.slice(0, 4).toUpperCase()}-${valueMinor / 100}-${String(i + 1).padStart(4, '0')}`,
      })),
    );
    const rows = await db
      .insert(giftCards)
      .values(
        codes.map(({ valueMinor, code }) => ({
          brandId: brand.id,
          valueMinor,
          currency: 'EUR',
          codeEncrypted: sealGiftCardCode(code, key),
          codeFingerprint: payoutFingerprint('gift_card_code', code, key),
        })),
      )
      .onConflictDoNothing()
      .returning({ id: giftCards.id });
    cards += rows.length;
  }
  return { charities: insertedCharities.length, brands, cards };
}

/** The key the server will read codes with (lib/withdrawals/payout-secrets.ts), from this process's environment. */
function demoKey(): Buffer | null {
  try {
    return payoutDetailsKey(parseEnv({ DATABASE_URL: 'postgres://seed.invalid/none', ...process.env }));
  } catch {
    return null;
  }
}
