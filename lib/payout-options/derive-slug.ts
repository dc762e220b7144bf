// A charity's or gift card brand's slug, derived from its name as ops type it
// ("Forêts vivantes" → "forets-vivantes"), and the rule the database checks
// (db/schema/payouts.ts: lower-case letters and digits in dash-separated words).

export const SLUG_LENGTH_MAX = 60;

const SLUG_FORMAT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l' };

/** Lower-case ASCII words joined by dashes, at most SLUG_LENGTH_MAX characters; '' when nothing is left. */
export function deriveSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[œæßøđł]/g, (ch) => LIGATURES[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_LENGTH_MAX)
    .replace(/-+$/, '');
}

export function isValidSlug(slug: string): boolean {
  return slug.length <= SLUG_LENGTH_MAX && SLUG_FORMAT.test(slug);
}
