import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';

// The charities as ops manage them: every one, active or not, with what was
// actually given to it (paid donation withdrawals, per currency). One query:
// the paid charity withdrawals (an index on status and method) grouped by charity.

export type CharityDonations = { currency: string; count: number; totalMinor: number };

export type CharityAdminRow = {
  id: number;
  slug: string;
  name: string;
  descriptionFr: string;
  descriptionEn: string;
  websiteUrl: string | null;
  active: boolean;
  isDefault: boolean;
  donations: CharityDonations[];
};

export async function charityAdminList(db: DbOrTx): Promise<CharityAdminRow[]> {
  const { rows } = await db.execute<{
    id: number;
    slug: string;
    name: string;
    description_fr: string;
    description_en: string;
    website_url: string | null;
    active: boolean;
    is_default: boolean;
    donations: { currency: string; count: number; total_minor: string }[] | null;
  }>(sql`
    with given as (
      select m.charity_id, w.currency, count(*)::int as count, sum(w.amount_minor) as total_minor
      from withdrawals w
      join payout_methods m on m.id = w.payout_method_id
      where w.status = 'paid' and w.method = 'charity'
      group by m.charity_id, w.currency)
    select c.id, c.slug, c.name, c.description_fr, c.description_en, c.website_url, c.active, c.is_default,
      (select json_agg(json_build_object('currency', g.currency, 'count', g.count, 'total_minor', g.total_minor::text)
                       order by g.currency)
       from given g where g.charity_id = c.id) as donations
    from charities c
    order by c.is_default desc, c.active desc, c.name, c.id`);
  return rows.map((row) => ({
    id: Number(row.id),
    slug: row.slug,
    name: row.name,
    descriptionFr: row.description_fr,
    descriptionEn: row.description_en,
    websiteUrl: row.website_url,
    active: row.active,
    isDefault: row.is_default,
    donations: (row.donations ?? []).map((d) => ({
      currency: d.currency.trim(),
      count: Number(d.count),
      totalMinor: Number(d.total_minor),
    })),
  }));
}
